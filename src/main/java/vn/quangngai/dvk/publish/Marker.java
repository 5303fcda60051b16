package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The file by which a folder says it is the tool's: a build writes it into every folder it makes
 * (the staging folder, and so the published site, the previous one and the trash), and moves,
 * writes over or deletes only a folder that carries it or is empty. A site from an older version
 * of the tool has no marker and is refused like any other folder: nothing tells it apart from a
 * webmaster's own files.
 */
public final class Marker {

    /** The marker's name, in the folder's root. */
    public static final String NAME = ".dan-van-kheo";

    private static final byte[] CONTENT = ("Thư mục này do dan-van-kheo dựng. Mỗi lần dựng thay toàn bộ nội dung của nó:\n"
            + "đừng để tệp nào khác vào đây.\n").getBytes(StandardCharsets.UTF_8);

    private Marker() {
    }

    /** Writes the marker into {@code folder}. */
    static void write(Path folder) throws IOException {
        FileTree.overwrite(folder.resolve(NAME), CONTENT);
    }

    /** Whether {@code folder} is a folder (not a link) that carries the marker or holds nothing. */
    static boolean owns(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return carries(folder) || isEmpty(folder);
    }

    /** Whether {@code folder} carries the marker: a regular file with exactly its content. */
    static boolean carries(Path folder) throws IOException {
        Path marker = folder.resolve(NAME);
        return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) && Files.size(marker) == CONTENT.length
                && Arrays.equals(Files.readAllBytes(marker), CONTENT);
    }

    static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /**
     * Deletes a folder the tool owns, the marker last: a build stopped half-way leaves a folder
     * that still says whose it is, and the next build finishes the job.
     */
    static void deleteOwned(Path folder, Faults faults) throws IOException {
        boolean first = true;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(NAME)) {
                    continue;
                }
                FileTree.delete(entry);
                if (first) {
                    first = false;
                    faults.at(Faults.Point.TRASH_HALF_DELETED);
                }
            }
        }
        Files.deleteIfExists(folder.resolve(NAME));
        Files.delete(folder);
    }
}
