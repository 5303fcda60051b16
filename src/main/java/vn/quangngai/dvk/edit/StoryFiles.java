package vn.quangngai.dvk.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.source.WindowsNames;

/**
 * Opens and saves story files under one {@code content/} folder. A save writes a temporary file
 * beside the story and renames it over the old one, so a crash leaves either the old text or the
 * new, never half of one; and it refuses when the file is no longer what was opened (a colleague,
 * a text editor or git changed it), returning the disk version instead of overwriting it.
 */
public final class StoryFiles {

    /** What the editor opened: the story and the SHA-256 of the bytes it came from, to be handed back on save. */
    public record Opened(StoryText text, String source, String sha256) {
    }

    /** The outcome of {@link #save}. */
    public sealed interface Result permits Saved, Conflict, Refused {
    }

    /** Written; {@code sha256} is what the next save must expect. */
    public record Saved(String sha256) implements Result {
    }

    /** Not written: the file on disk changed since it was opened; {@code onDisk} is its text now, null when it is gone. */
    public record Conflict(String onDisk, String diskSha256) implements Result {
    }

    /** Not written, for the reason the problem states. */
    public record Refused(Problem problem) implements Result {
    }

    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"|?*\\\\\\p{Cntrl}]");

    private final Path content;

    /** @param content the site's {@code content/} folder; nothing outside it is ever written */
    public StoryFiles(Path content) {
        this.content = content.toAbsolutePath().normalize();
    }

    public Opened open(Path file) throws IOException {
        Path target = inside(file);
        if (target == null) {
            throw new IOException("không mở tệp ngoài thư mục content/: " + file);
        }
        byte[] bytes = Files.readAllBytes(target);
        String source = new String(bytes, StandardCharsets.UTF_8);
        return new Opened(StoryTextReader.read(source, name(target)), source, sha256(bytes));
    }

    /**
     * Writes {@code story} in its canonical text to {@code file} (relative to content/, or absolute
     * inside it). {@code expectedSha256} is the hash from {@link #open}, or null for a new story,
     * whose file must not exist yet.
     */
    public synchronized Result save(Path file, StoryText story, String expectedSha256) throws IOException {
        Path target = inside(file);
        if (target == null) {
            return new Refused(Problem.error(String.valueOf(file), 0, null,
                    "chỉ được lưu bài trong thư mục content/, dưới tên kết thúc bằng .md.",
                    "Đường dẫn không được có \"..\", không được là liên kết tượng trưng (symlink), và không dùng ký tự < > : \" | ? * \\."));
        }
        String twin = expectedSha256 == null ? twin(target) : null;
        if (twin != null) {
            return new Refused(Problem.error(name(target), 0, null,
                    "đã có tệp " + twin + " cùng thư mục, chỉ khác chữ hoa, chữ thường hoặc cách ghi dấu: trên Windows hai tên này là một tệp.",
                    "Mở bài " + twin + " để sửa, hoặc đặt tên khác cho bài mới."));
        }
        byte[] onDisk = read(target);
        String diskSha = onDisk == null ? null : sha256(onDisk);
        if (expectedSha256 == null ? onDisk != null : !expectedSha256.equalsIgnoreCase(String.valueOf(diskSha))) {
            return new Conflict(onDisk == null ? null : new String(onDisk, StandardCharsets.UTF_8), diskSha);
        }
        byte[] bytes = StoryWriter.write(story).getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // on disk before the rename, or a power cut can leave the new name on empty data
                channel.force(true);
            }
            move(temp, target);
        } catch (AccessDeniedException e) {
            return new Refused(Problem.error(name(target), 0, null,
                    "không ghi được tệp: một chương trình khác đang giữ nó (trên Windows: Word, trình soạn thảo hay phần mềm diệt virus).",
                    "Đóng chương trình đang mở tệp rồi bấm Lưu lại; nội dung trong trình biên tập vẫn còn."));
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Saved(sha256(bytes));
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Another file of the folder whose name folds to the same as {@code target}'s, or null. */
    private static String twin(Path target) throws IOException {
        String name = target.getFileName().toString();
        String folded = vn.quangngai.dvk.text.Vietnamese.nfc(name).toLowerCase(Locale.ROOT);
        try (java.util.stream.Stream<Path> files = Files.list(target.getParent())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(name) && vn.quangngai.dvk.text.Vietnamese.nfc(n).toLowerCase(Locale.ROOT).equals(folded))
                    .findFirst().orElse(null);
        }
    }

    private static byte[] read(Path target) throws IOException {
        try {
            return Files.readAllBytes(target);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The absolute path of {@code file} when it names a .md file inside content/ whose folder
     * really is there (no "..", no symbolic link out, no name Windows refuses); null otherwise.
     */
    Path inside(Path file) throws IOException {
        for (Path part : file) {
            String name = part.toString();
            if (name.equals("..") || name.equals(".") || WINDOWS_FORBIDDEN.matcher(name).find() || name.endsWith(" ")
                    || name.endsWith(".")
                    || WindowsNames.isDevice(name)) {
                return null;
            }
        }
        Path target = (file.isAbsolute() ? file : content.resolve(file)).normalize();
        String fileName = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!target.startsWith(content) || target.equals(content) || !fileName.toLowerCase(Locale.ROOT).endsWith(".md")
                || Files.isSymbolicLink(target)) {
            return null;
        }
        try {
            Path realContent = content.toRealPath();
            Path realFolder = target.getParent().toRealPath();
            return realFolder.startsWith(realContent) && (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    || Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) ? realFolder.resolve(fileName) : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** {@code content/mo-hinh/x.md}, as messages name files. */
    private String name(Path target) throws IOException {
        return ("content/" + content.toRealPath().relativize(target)).replace('\\', '/');
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
