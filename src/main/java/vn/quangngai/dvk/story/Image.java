package vn.quangngai.dvk.story;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * One photo of a story, as staff list it under {@code images:}: a path under assets/ (in
 * {@code anh/}), its required text alternative, an optional caption and credit (null when not
 * given), and the line of its {@code src:}, where a problem with the file is reported.
 */
public record Image(String src, String alt, String caption, String credit, int line) {

    /** The folder under assets/ that holds the photos: published only as the pipeline makes them. */
    public static final String FOLDER = "anh/";

    /**
     * Whether a story may name {@code src} as a photo: a path under {@code anh/}, with no
     * {@code ..}, drive letter or backslash, naming a file rather than a folder.
     */
    public static boolean validSrc(String src) {
        return src.startsWith(FOLDER) && src.length() > FOLDER.length()
                && !src.contains("..") && !src.contains(":") && !src.contains("\\") && !src.endsWith("/");
    }

    /** Where {@link #find} looked: the file is there under exactly its name, is there under another spelling, or is not there. */
    public record Found(boolean exact, String onDisk) {
    }

    /**
     * Looks for {@code src} under {@code assets} name by name, as listed in each folder: Windows
     * and macOS open "Anh.JPG" for "anh.jpg", the Linux server does not. Returns the name on disk
     * when only a different spelling (case or Unicode form) is there, null when nothing is.
     */
    public Found find(Path assets) {
        Path folder = assets;
        StringBuilder onDisk = new StringBuilder();
        boolean exact = true;
        String[] parts = src.split("/");
        for (int i = 0; i < parts.length; i++) {
            String listed = listed(folder, parts[i]);
            if (listed == null) {
                return null;
            }
            exact &= listed.equals(parts[i]);
            onDisk.append(i == 0 ? "" : "/").append(listed);
            folder = folder.resolve(listed);
        }
        return Files.isRegularFile(folder) ? new Found(exact, onDisk.toString()) : null;
    }

    /** The entry of {@code folder} named {@code name}, or else one that differs only in case or Unicode form. */
    private static String listed(Path folder, String name) {
        String loose = null;
        String folded = Vietnamese.nfc(name).toLowerCase(Locale.ROOT);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (entryName.equals(name)) {
                    return entryName;
                }
                if (loose == null && Vietnamese.nfc(entryName).toLowerCase(Locale.ROOT).equals(folded)) {
                    loose = entryName;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return loose;
    }
}
