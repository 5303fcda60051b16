package vn.quangngai.dvk.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * The story files of a source folder, as the editor reads and writes them: only
 * {@code content/mo-hinh/<slug>.md}, with a slug of a–z, 0–9 and dashes, so that nothing the form
 * sends can name a file elsewhere. A save names the version it was edited from and is refused when
 * the file changed on disk since.
 */
public final class StoryStore {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG = 80;

    /** One line of the list: what a writer recognises a story by. */
    public record Listed(String slug, String title, String agency, String date, String state) {
    }

    /** A story file as read: its text and the fingerprint a save must name. */
    public record Opened(String slug, String text, String sha256) {
    }

    /** Why a save did not happen: the file on disk is not the version the form was opened from. */
    public static final class Conflict extends Exception {
        private final String disk;

        Conflict(String disk) {
            super("tệp đã đổi trên đĩa", null, false, false);
            this.disk = disk;
        }

        /** The text now on disk, empty when the file is gone. */
        public String disk() {
            return disk;
        }
    }

    private final Path folder;

    public StoryStore(Path source) {
        this.folder = source.toAbsolutePath().normalize().resolve(SiteReader.CONTENT).resolve(Site.STORIES);
    }

    public static boolean validSlug(String slug) {
        // a device name ("con", "aux", "lpt1") is a file Windows cannot create: colleagues there could not check it out
        return slug != null && slug.length() <= MAX_SLUG && SLUG.matcher(slug).matches()
                && !vn.quangngai.dvk.source.WindowsNames.isDevice(slug);
    }

    /** The slug proposed for a title, as {@code new} makes it. */
    public static String slugFor(String title) {
        String slug = Vietnamese.slug(title);
        return slug.length() <= MAX_SLUG ? slug : slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }

    Path file(String slug) {
        if (!validSlug(slug)) {
            throw new IllegalArgumentException("slug");
        }
        Path file = folder.resolve(slug + ".md").normalize();
        if (!file.getParent().equals(folder)) {
            throw new IllegalArgumentException("slug");
        }
        return file;
    }

    public List<Listed> list(Registry registry, LocalDate today) {
        List<Listed> listed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return listed;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
                StoryForm form = StoryForm.of(slug, read(file));
                String agency = registry == null ? form.agency()
                        : registry.agency(form.agency()).map(a -> a.name().replaceAll("\\s+", " ")).orElse(form.agency());
                listed.add(new Listed(slug, form.title().isEmpty() ? slug : form.title(), agency, form.date(), state(form, today)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listed;
    }

    static String state(StoryForm form, LocalDate today) {
        if (form.draft()) {
            return "Bản nháp";
        }
        try {
            return LocalDate.parse(form.date()).isAfter(today) ? "Lên lịch" : "Đã xuất bản";
        } catch (RuntimeException e) {
            return "Đã xuất bản";
        }
    }

    /** The story, or null when there is no such file. */
    public Opened open(String slug) {
        Path file = file(slug);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] bytes = bytes(file);
        return new Opened(slug, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
    }

    /** Whether the story is on the public site: it exists and is not a draft; its address can no longer change. */
    public boolean published(String slug) {
        Opened opened = open(slug);
        return opened != null && !StoryForm.of(slug, opened.text()).draft();
    }

    /**
     * Writes the story atomically (a temporary file beside it, then a rename) if the file on disk
     * is still the version {@code expected} names (empty: the file must not exist yet).
     * Returns the fingerprint of the new version.
     */
    public synchronized String save(String slug, String text, String expected) throws Conflict {
        Path file = file(slug);
        byte[] now = Files.isRegularFile(file) ? bytes(file) : null;
        String onDisk = now == null ? "" : sha256(now);
        if (!onDisk.equals(expected == null ? "" : expected)) {
            throw new Conflict(now == null ? "" : new String(now, StandardCharsets.UTF_8));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + slug + ".", ".tmp");
            try {
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes);
    }

    /** Removes a draft saved under an address it no longer has (the title, and with it the slug, changed). */
    public synchronized void removeDraft(String slug, String expected) throws Conflict {
        Opened opened = open(slug);
        if (opened == null) {
            return;
        }
        if (!opened.sha256().equals(expected) || !StoryForm.of(slug, opened.text()).draft()) {
            throw new Conflict(opened.text());
        }
        try {
            Files.deleteIfExists(file(slug));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
