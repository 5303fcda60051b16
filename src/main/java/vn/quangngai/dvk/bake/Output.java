package vn.quangngai.dvk.bake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import vn.quangngai.dvk.files.FileTree;

/**
 * Where a bake writes: each page is rendered with its template ({@link PageTemplates}) into memory (a
 * {@link PageBuffer} its thread reuses), then written with its .gz twin ({@link Precompress})
 * straight from those bytes, from the thread that rendered it; folders are created once. JBake's own {@code Renderer.render} would check, delete and create
 * each file's path and leave the twin to a second pass that reads every file back — at 10,000
 * stories that file-system traffic was a quarter of the build. Counts what it wrote.
 */
final class Output {

    private final Path root;
    private final JBakeConfiguration config;
    private final PageTemplates templates;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Folders checked not to be links ({@link FileTree#requireNoLinks(Path, Path, Set)}). */
    private final Set<Path> checked = ConcurrentHashMap.newKeySet();
    /** Each rendering thread's buffer, reused from page to page and, in a warm process, from build to build. */
    private static final ThreadLocal<PageBuffer> BUFFERS = new ThreadLocal<>();
    private final Charset encoding;
    /** Every file written, relative to the root, with '/': what the counts and the pruning of an older build's files go by. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    Output(Path root, JBakeConfiguration config, PageTemplates templates) {
        this.root = root;
        this.config = config;
        this.templates = templates;
        this.encoding = Charset.forName(config.getRenderEncoding());
    }

    /**
     * Renders {@code page} with the template JBake's configuration gives its type
     * ({@code template.TYPE.file}) to the path JBake would give it: its URI with the extension of
     * its type ({@code template.TYPE.extension}, else {@code output.extension}).
     */
    void render(DocumentModel page) throws Exception {
        PageBuffer text = buffer().reset();
        templates.render(page, config.getTemplateByDocType(page.getType()), text);
        write(pathOf(page), text.encoded());
    }

    /** This thread's buffer, for this bake's encoding. */
    private PageBuffer buffer() {
        PageBuffer buffer = BUFFERS.get();
        if (buffer == null || !buffer.charset().equals(encoding)) {
            buffer = new PageBuffer(encoding);
            BUFFERS.set(buffer);
        }
        return buffer;
    }

    private String pathOf(DocumentModel page) {
        String uri = page.getUri();
        int dot = uri.lastIndexOf('.');
        String stem = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        return stem + config.getOutputExtensionByDocType(page.getType());
    }

    /** Writes a file at its site-relative path, and its .gz twin when it is text. */
    void write(String path, byte[] bytes) throws IOException {
        write(path, ByteBuffer.wrap(bytes));
    }

    /** As {@link #write(String, byte[])}, with an array-backed buffer's bytes from 0 to its limit. */
    private void write(String path, ByteBuffer bytes) throws IOException {
        Path target = root.resolve(path);
        Path folder = target.getParent();
        if (folders.add(folder)) {
            FileTree.requireNoLinks(root, folder, checked); // the folder may be an older build's, written over
            FileTree.createFolders(folder);
        }
        FileTree.overwrite(target, bytes);
        twin(path, bytes);
    }

    /** Writes the .gz twin of a file already there (an asset JBake copied). */
    void compress(String path) throws IOException {
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

    Path root() {
        return root;
    }

    int htmlPages() {
        return (int) written.stream().filter(path -> path.endsWith(".html")).count();
    }

    int files() {
        return written.size();
    }

    /** The paths written, relative to the root, with '/'. */
    Set<String> written() {
        return Set.copyOf(written);
    }
}
