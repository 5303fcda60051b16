package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a build writes: each file straight from the bytes its thread made, with its .gz twin
 * ({@link Precompress}), from that thread; folders are created once. JBake's own
 * {@code Renderer.render} would check, delete and create each file's path and leave the twin to
 * a second pass that reads every file back. Counts what it wrote.
 */
public final class Output {

    private final Path root;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Folders checked not to be links ({@link FileTree#requireNoLinks(Path, Path, Set)}). */
    private final Set<Path> checked = ConcurrentHashMap.newKeySet();
    /** Every file written, relative to the root, with '/': what the counts and the pruning of an older build's files go by. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    public Output(Path root) {
        this.root = root;
    }

    /** Writes a file at its site-relative path, and its .gz twin when it is text. */
    public void write(String path, byte[] bytes) throws IOException {
        write(path, ByteBuffer.wrap(bytes));
    }

    /** As {@link #write(String, byte[])}, with an array-backed buffer's bytes from 0 to its limit. */
    public void write(String path, ByteBuffer bytes) throws IOException {
        Path target = root.resolve(path);
        Path folder = target.getParent();
        // marked as made only once it exists: a second file of the same folder on another core
        // (a term's page and its feeds) must not be written before it is there
        if (!folders.contains(folder)) {
            FileTree.requireNoLinks(root, folder, checked); // the folder may be an older build's, written over
            FileTree.createFolders(folder);
            folders.add(folder);
        }
        FileTree.overwrite(target, bytes);
        twin(path, bytes);
    }

    /** Writes the .gz twin of a file already there (an asset JBake copied). */
    public void compress(String path) throws IOException {
        twin(path, Precompress.isText(path) ? ByteBuffer.wrap(Files.readAllBytes(root.resolve(path))) : null);
    }

    /** Counts the file at {@code path} and, when it is text, writes and counts its .gz twin. */
    private void twin(String path, ByteBuffer bytes) throws IOException {
        count(path);
        if (Precompress.isText(path)) {
            Path target = root.resolve(path);
            FileTree.overwrite(target.resolveSibling(target.getFileName() + ".gz"), Precompress.gzip(bytes.array(), 0, bytes.limit()));
            count(path + ".gz");
        }
    }

    private void count(String path) {
        written.add(path);
    }

    public Path root() {
        return root;
    }

    public int htmlPages() {
        return (int) written.stream().filter(path -> path.endsWith(".html")).count();
    }

    public int files() {
        return written.size();
    }

    /** The paths written, relative to the root, with '/'. */
    public Set<String> written() {
        return Set.copyOf(written);
    }
}
