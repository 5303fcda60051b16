package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One build's hold on its output folder {@code NAME}, from the checks before it writes anything
 * to the swap that publishes it. Beside the output, all named after it:
 * <ul>
 * <li>{@code .NAME.lock}: held while the build runs ({@link OutputLock});</li>
 * <li>{@code .NAME.building}: the staging folder the build writes;</li>
 * <li>{@code .NAME.previous}: the site the last build replaced, which the next whole build writes over;</li>
 * <li>{@code .NAME.trash}: a site on its way out, deleted before the build ends;</li>
 * <li>{@code .NAME.swap}: the journal, there only while the folders are being renamed.</li>
 * </ul>
 * Every folder among them carries the {@link Marker} (or is empty); one that does not is
 * refused, and nothing at all is moved or deleted.
 *
 * <p>The swap is renames in one folder: the site before last to trash, the output to
 * {@code previous}, the staging folder to the output. For an instant there is no output; if the
 * last rename fails, the old site is renamed back before the build exits. The journal is written
 * once the staging folder is complete and deleted once the new site is in place, so a build
 * killed at any instant in between leaves it, and the next build, before anything else, puts
 * back a complete site: if the output is missing, the old one (or, for a first build, the new
 * one); else the output is already whole, old or new.
 */
public final class Publication implements AutoCloseable {

    /** How long a build waits for another build of the same output to end. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    /** The points at which tests stop a build; nothing happens there otherwise. */
    static volatile Faults faults = Faults.NONE;

    private static final byte[] JOURNAL = "dan-van-kheo: đang thay trang đã xuất bản bằng bản mới.\n".getBytes(StandardCharsets.UTF_8);

    /**
     * A rename Windows refuses because a file in the folder is open (a file manager, an antivirus
     * scanning new files) often succeeds a moment later.
     */
    private static final int RENAME_ATTEMPTS = 5;

    private static final List<String> SOURCE_FOLDERS = List.of("content", "data", "templates", "assets");

    private final Path target;
    private final Path staging;
    private final Path previous;
    private final Path trash;
    private final Path journal;
    private final OutputLock lock;

    private Publication(Path target, OutputLock lock) {
        this.target = target;
        this.staging = sibling(target, "building");
        this.previous = sibling(target, "previous");
        this.trash = sibling(target, "trash");
        this.journal = sibling(target, "swap");
        this.lock = lock;
    }

    private static Path sibling(Path target, String role) {
        return target.resolveSibling("." + target.getFileName() + "." + role);
    }

    /**
     * Checks that {@code out} may be written by a build of {@code source}, waits (at most
     * {@code wait}) until no other build writes it, and puts back a complete site if a build was
     * killed while publishing. Throws {@link OutputRefusedException} when the output is not the
     * tool's; nothing is then changed.
     */
    public static Publication open(Path source, Path out, Duration wait) {
        Path target = out.toAbsolutePath().normalize();
        refuseUnlessOwned(source, target);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new OutputRefusedException("Không tạo được thư mục " + target.getParent() + " để chứa thư mục kết quả " + target
                    + " (" + e + "). Chọn --out ở một thư mục ghi được, ví dụ --out target/site");
        }
        Path lockFile;
        try {
            lockFile = target.getParent().toRealPath().resolve("." + target.getFileName() + ".lock");
        } catch (IOException e) {
            throw new OutputRefusedException("Không đọc được thư mục " + target.getParent() + " (" + e + ").");
        }
        OutputLock lock = OutputLock.acquire(lockFile, target, wait);
        Publication publication = new Publication(target, lock);
        try {
            // another build may have published, or been killed, while this one waited
            refuseUnlessOwned(source, target);
            publication.recover();
            if (Files.exists(publication.trash, LinkOption.NOFOLLOW_LINKS)) {
                Marker.deleteOwned(publication.trash, Faults.NONE);
            }
            return publication;
        } catch (IOException e) {
            lock.close();
            throw new OutputRefusedException("Không dọn được thư mục cạnh " + target + " trước khi dựng (" + e
                    + "). Chưa xuất bản gì; trang đã xuất bản trước đó vẫn giữ nguyên.");
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The output folder, absolute. */
    public Path target() {
        return target;
    }

    /** The folder the build writes before it is published. */
    public Path staging() {
        return staging;
    }

    /**
     * Makes the staging folder one to write over, for speed: a staging folder a build left (its
     * files are overwritten or deleted), else the site the last build replaced, else a new folder.
     */
    public void stageOverOlderSite() throws IOException {
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
                move(previous, staging);
            } else {
                Files.createDirectory(staging);
            }
        }
        Marker.write(staging); // the folder may be the empty one a first build was given as output
    }

    /** Makes the staging folder a new, empty one (but for the marker). */
    public void stageFresh() throws IOException {
        discardStaging();
        Files.createDirectory(staging);
        Marker.write(staging);
    }

    /** Deletes the staging folder: a failed build's or a published change's. */
    public void discardStaging() throws IOException {
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            Marker.deleteOwned(staging, Faults.NONE);
        }
    }

    /**
     * Publishes the complete staging folder at the output, all or nothing: if a step fails the
     * old site is back at the output when this throws. The site it replaces is kept as
     * {@code .NAME.previous}; the one before it is deleted.
     */
    public void publish() throws IOException {
        Faults faults = Publication.faults;
        boolean movedAway = false;
        try {
            faults.at(Faults.Point.STAGED);
            writeJournal();
            faults.at(Faults.Point.JOURNAL_WRITTEN);
            if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                move(previous, trash);
            }
            faults.at(Faults.Point.PREVIOUS_TRASHED);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(target, previous);
                movedAway = true;
            }
            faults.at(Faults.Point.OUT_MOVED_AWAY);
            move(staging, target);
        } catch (IOException e) {
            rollBack(movedAway, e);
        }
        faults.at(Faults.Point.STAGING_MOVED_IN);
        Files.delete(journal);
        faults.at(Faults.Point.JOURNAL_DELETED);
        if (Files.exists(trash, LinkOption.NOFOLLOW_LINKS)) {
            Marker.deleteOwned(trash, faults);
        }
    }

    /** Puts the old site back at the output after the swap failed at {@code failure}, and throws. */
    private void rollBack(boolean movedAway, IOException failure) throws IOException {
        String why = "không thay được " + target + " bằng bản mới (" + failure + ")";
        String windows = " Trên Windows, việc này xảy ra khi một tệp trong thư mục đang mở (cửa sổ thư mục, trình soạn thảo, "
                + "trình diệt virus đang quét): đóng nó rồi dựng lại.";
        if (movedAway) {
            try {
                move(previous, target);
            } catch (IOException again) {
                failure.addSuppressed(again);
                throw new IOException(why + "; cũng không đặt lại được trang cũ (" + again + "): trang cũ nằm ở " + previous
                        + ", bản mới ở " + staging + ". Lần dựng sau tự đặt một trong hai vào " + target + " trước khi dựng."
                        + windows, failure);
            }
        }
        try {
            Files.deleteIfExists(journal);
        } catch (IOException ignored) {
            // the output is whole: the next build finds nothing to recover and deletes it
        }
        throw new IOException(why + "; trang đã xuất bản trước đó vẫn ở " + target + "." + windows, failure);
    }

    /** After a build was killed while it renamed folders, puts a complete site back at the output. */
    private void recover() throws IOException {
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // with the journal there, the previous folder is the output the swap moved away, whole;
            // the staging folder was whole when the journal was written, but a failed build may
            // have been deleting it since
            if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
                move(previous, target);
            } else if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
                move(staging, target);
            }
        }
        Files.delete(journal);
    }

    private void writeJournal() throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(JOURNAL);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /**
     * Refuses, before anything is changed, an output that is not the tool's to replace, and
     * siblings with the names the build uses that are not the tool's to delete.
     */
    private static void refuseUnlessOwned(Path source, Path target) {
        if (target.getFileName() == null || target.getParent() == null) {
            throw new OutputRefusedException("Thư mục kết quả " + target + " là thư mục gốc của ổ đĩa; chọn một thư mục riêng, "
                    + "ví dụ --out target/site");
        }
        try {
            refuseSourceOrRepository(source, target);
            if (Files.isSymbolicLink(target)) {
                throw new OutputRefusedException("Thư mục kết quả " + target + " là một liên kết (symbolic link); bản dựng thay "
                        + "thư mục kết quả bằng cách đổi tên, nên sẽ thay chính liên kết. Ghi --out là một thư mục thật.");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException("Thư mục kết quả " + target + " là một tệp, không phải thư mục; bản dựng không "
                        + "ghi đè tệp. Chọn một thư mục mới hoặc trống, ví dụ --out target/site");
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !Marker.owns(target)) {
                throw new OutputRefusedException("Thư mục kết quả " + target + " không trống và không có tệp đánh dấu "
                        + Marker.NAME + " mà dan-van-kheo ghi vào mọi thư mục nó dựng: có thể đây là thư mục của bạn (tài liệu, "
                        + "mã nguồn, kho git), mà bản dựng thì thay toàn bộ nội dung thư mục kết quả. Không có gì bị xóa hay di "
                        + "chuyển. Chọn một thư mục mới hoặc trống, ví dụ --out target/site. Nếu đây là trang do phiên bản cũ "
                        + "của dan-van-kheo dựng, xóa hoặc đổi tên nó rồi dựng lại.");
            }
            for (String role : List.of("building", "previous", "trash")) {
                Path sibling = sibling(target, role);
                if (Files.exists(sibling, LinkOption.NOFOLLOW_LINKS) && !Marker.owns(sibling)) {
                    throw new OutputRefusedException(sibling + " có tên mà bản dựng dùng cạnh thư mục kết quả " + target
                            + " nhưng không phải thư mục của dan-van-kheo (không có tệp đánh dấu " + Marker.NAME + "); bản dựng "
                            + "không xóa, không ghi vào nó. Không có gì bị xóa hay di chuyển. Nếu không cần nó nữa, xóa hoặc "
                            + "đổi tên nó rồi dựng lại; hoặc chọn --out khác.");
                }
            }
            Path journal = sibling(target, "swap");
            if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS) && !isJournal(journal)) {
                throw new OutputRefusedException(journal + " có tên mà bản dựng dùng cạnh thư mục kết quả " + target
                        + " nhưng không phải tệp của dan-van-kheo; bản dựng không xóa nó. Nếu không cần nó nữa, xóa hoặc đổi tên "
                        + "nó rồi dựng lại; hoặc chọn --out khác.");
            }
        } catch (IOException e) {
            throw new OutputRefusedException("Không đọc được thư mục kết quả " + target + " hay các thư mục cạnh nó (" + e
                    + "). Chưa xuất bản gì.");
        }
    }

    /**
     * The output is replaced wholesale: it must not be, or hold, the source, lie in one of the
     * source's folders, or in a git repository's own folder. Compared by real paths, so that a
     * source reached through a symbolic link is recognised.
     */
    private static void refuseSourceOrRepository(Path source, Path target) throws IOException {
        Path absoluteSource = source.toAbsolutePath().normalize();
        Path realSource = Files.exists(absoluteSource) ? absoluteSource.toRealPath() : real(absoluteSource);
        Path realTarget = real(target);
        if (realSource.startsWith(realTarget)) {
            throw new OutputRefusedException("Thư mục kết quả " + target + " chứa nguồn trang " + source.toAbsolutePath().normalize()
                    + " (hoặc chính là nó); bản dựng sẽ thay toàn bộ thư mục này. Chọn thư mục khác, ví dụ: --out target/site");
        }
        for (String folder : SOURCE_FOLDERS) {
            if (realTarget.startsWith(realSource.resolve(folder))) {
                throw new OutputRefusedException("Thư mục kết quả " + target + " nằm trong thư mục " + folder + "/ của nguồn trang; "
                        + "bản dựng sẽ thay toàn bộ thư mục này. Chọn thư mục khác, ví dụ: --out target/site");
            }
        }
        for (Path part : realTarget) {
            if (part.toString().equalsIgnoreCase(".git")) {
                throw new OutputRefusedException("Thư mục kết quả " + target + " nằm trong thư mục .git của một kho git; bản dựng "
                        + "không ghi vào đó. Chọn thư mục khác, ví dụ: --out target/site");
            }
        }
    }

    /**
     * The real path of {@code path}, or of its nearest existing parent with the rest appended,
     * links resolved and, on Windows, letter case as on disk. The last part is not resolved when
     * it is a link: the link itself is what a rename would move.
     */
    private static Path real(Path path) throws IOException {
        Path existing = path.getParent();
        Path rest = path.getFileName() == null ? Path.of("") : path.getFileName();
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        Path resolved = existing.toRealPath().resolve(rest);
        if (Files.isDirectory(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return resolved.toRealPath();
        }
        return resolved;
    }

    /** Whether {@code file} is a journal, or the start of one that a build was killed while writing. */
    private static boolean isJournal(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > JOURNAL.length) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(file);
        return Arrays.equals(bytes, 0, bytes.length, JOURNAL, 0, bytes.length);
    }

    /** Renames a folder within its parent; never replaces anything at {@code to}. */
    private static void move(Path from, Path to) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AccessDeniedException e) {
                if (attempt == RENAME_ATTEMPTS) {
                    throw e;
                }
                pause(attempt * 100L, e);
            }
        }
    }

    private static void pause(long millis, FileSystemException cause) throws FileSystemException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** Lets the next build of this output start. */
    @Override
    public void close() {
        lock.close();
    }
}
