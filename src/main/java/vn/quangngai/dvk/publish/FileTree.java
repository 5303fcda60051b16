package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operations on a folder of files that a build writes again and again.
 *
 * <p>Why files are rewritten in place: on ext4 without a journal (as on the disk the benchmark
 * ran on; a journal is ext4's default), a new file takes a new inode, and the allocator skips
 * every inode freed in the last minute or, while its table is not written back, six, reading
 * inode tables to tell. A build that deletes the site before last and writes a new one pays for
 * both, and creating files just after as many were deleted is several times slower than
 * rewriting the same files in place. Elsewhere rewriting costs no more than creating.
 */
public final class FileTree {

    private FileTree() {
    }

    /**
     * Writes {@code bytes} as the whole content of {@code file}, reusing the file when it is there:
     * written over from the start, then cut to length. Opening with truncation instead would make
     * ext4 flush the file when it is closed (auto_da_alloc). A folder in the way is deleted.
     */
    public static void overwrite(Path file, byte[] bytes) throws IOException {
        overwrite(file, ByteBuffer.wrap(bytes));
    }

    /** As {@link #overwrite(Path, byte[])}, with the bytes from the buffer's position to its limit (the position is left as it was). */
    public static void overwrite(Path file, ByteBuffer bytes) throws IOException {
        FileChannel opened;
        try {
            opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
                throw e;
            }
            delete(file, false); // a link is replaced, never written through
            opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
        try (FileChannel channel = opened) {
            ByteBuffer buffer = bytes.duplicate();
            int size = buffer.remaining();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.truncate(size);
        }
    }

    /**
     * Creates {@code folder} and its parents; a file in the way (left by an older build), where
     * the folder or one of its parents goes, is deleted.
     */
    public static void createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            // a build writing over an older one finds most folders there: asking first spares
            // Files.createDirectories a failing mkdir and an exception with its stack trace for each
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (FileSystemException e) { // FileAlreadyExistsException, or "Not a directory" for a parent
            Path blocking = folder;
            while (blocking != null && !Files.isRegularFile(blocking, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isSymbolicLink(blocking)) {
                blocking = blocking.getParent();
            }
            if (blocking == null) {
                throw e;
            }
            Files.delete(blocking);
            Files.createDirectories(folder);
        }
    }

    /**
     * Refuses to go on when {@code folder}, or a folder between it and {@code root}, is a symbolic
     * link: a build writing over an older one must never write or delete through a link someone
     * put there. The next build starts from a new folder.
     */
    public static void requireNoLinks(Path root, Path folder) throws IOException {
        requireNoLinks(root, folder, new HashSet<>());
    }

    /**
     * As {@link #requireNoLinks(Path, Path)}, stopping at a folder in {@code checked} (one this
     * build checked before); the folders checked are added to it. A build writing 10,000 story
     * folders under one list folder checks that one once, not once per folder.
     */
    public static void requireNoLinks(Path root, Path folder, Set<Path> checked) throws IOException {
        List<Path> steps = new ArrayList<>(3);
        for (Path step = folder; step != null && step.startsWith(root) && !step.equals(root) && !checked.contains(step);
                step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                throw new IOException(step + " là một liên kết (symbolic link), không phải thư mục do lần dựng trước tạo ra; "
                        + "bản dựng không ghi qua liên kết. Dựng lại: lần sau bắt đầu từ thư mục mới.");
            }
            steps.add(step);
        }
        // only once the whole way up is checked: another thread stops at a folder marked checked
        checked.addAll(steps);
    }

    /**
     * Every entry under {@code root} as it is now, by path relative to {@code root} (with '/'):
     * whether it is a folder (a link is not one, and is never followed). A folder that vanishes
     * while it is listed is left out.
     *
     * <p>A build lists the folder it is about to write over while it renders, on a thread of its
     * own: the folder of the site before last has often gone cold (here the kernel drops such
     * folders' blocks within minutes), and reading them back one by one, after the pages, would keep a
     * large build waiting on the disk. The listing also brings back the
     * files' inodes, which writing over them needs.
     */
    public static Map<String, Boolean> list(Path root) throws IOException {
        Map<String, Boolean> entries = new HashMap<>();
        list(root, "", entries);
        return entries;
    }

    private static void list(Path folder, String relative, Map<String, Boolean> entries) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (NoSuchFileException | NotDirectoryException e) {
            return; // replaced by the build meanwhile
        }
        for (Path child : children) {
            String path = relative.isEmpty() ? child.getFileName().toString() : relative + "/" + child.getFileName();
            boolean isFolder = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
            entries.put(path, isFolder);
            if (isFolder) {
                list(child, path, entries);
            }
        }
    }

    /**
     * Deletes from {@code root} every file and folder that is not one of {@code kept} (paths
     * relative to {@code root}, with '/') or a folder holding one, listing the folder now
     * ({@link #list}: never through a link; a link is deleted like a file).
     */
    public static void keepOnly(Path root, Set<String> kept) throws IOException {
        keepOnly(root, kept, list(root));
    }

    /**
     * As {@link #keepOnly(Path, Set)}, from a {@link #list listing} of {@code root} made before
     * the kept files were written, or while they were: whatever was listed and is
     * neither kept nor a folder holding a kept file is deleted. Entries written since the listing
     * are all kept ones; an entry the writing replaced (a folder by a file, or the reverse) is
     * what the writing made it.
     */
    public static void keepOnly(Path root, Set<String> kept, Map<String, Boolean> listed) throws IOException {
        Set<String> folders = foldersOf(kept);
        List<String> gone = new ArrayList<>();
        listed.forEach((path, isFolder) -> {
            int slash = path.lastIndexOf('/');
            boolean inKeptFolder = slash < 0 || folders.contains(path.substring(0, slash));
            if (inKeptFolder && !kept.contains(path) && !folders.contains(path)) {
                gone.add(path); // with all it holds
            }
        });
        for (String path : gone) {
            delete(root.resolve(path), false);
        }
    }

    /** Each folder above a kept file, relative to the root. */
    private static Set<String> foldersOf(Set<String> kept) {
        Set<String> folders = new HashSet<>();
        for (String path : kept) {
            for (int slash = path.lastIndexOf('/'); slash > 0 && folders.add(path.substring(0, slash));
                    slash = path.lastIndexOf('/', slash - 1)) {
                // each folder above a kept file, added once
            }
        }
        return folders;
    }

    /**
     * Deletes a file or a folder and everything in it; nothing when it does not exist. A folder's
     * files are unlinked on every core (a site has thousands, and each unlink waits on the disk),
     * then its folders, innermost first. Symbolic links are deleted, never followed.
     */
    public static void delete(Path path) throws IOException {
        delete(path, true);
    }

    /** As {@link #delete(Path)}, one file after another when {@code onEveryCore} is false. */
    public static void delete(Path path, boolean onEveryCore) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        try {
            (onEveryCore ? files.parallelStream() : files.stream()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path dir : folders) {
            Files.delete(dir);
        }
    }
}
