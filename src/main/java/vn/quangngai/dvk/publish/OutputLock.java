package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build at a time per output folder, across processes and within one: a lock file beside the
 * output ({@code .NAME.lock}), locked with the operating system's file lock, which it releases
 * when the holding process dies, however it dies. So a lock left by a killed build is not a lock,
 * and nothing has to guess whether its holder still runs. The file says who holds it (process id,
 * start time), for the message of a build that waits in vain; it is never deleted, since a build
 * that deleted it could lock a file another build has just opened.
 */
final class OutputLock implements AutoCloseable {

    /**
     * Lock files held by this process: the JVM refuses a second lock on one file
     * ({@link OverlappingFileLockException}), and a preview and a build in one process must wait
     * for each other like two processes do.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    /**
     * Where the lock is taken: one byte far past the content. On Windows a lock keeps other
     * processes from reading the bytes it covers, and a waiting build reads who holds it.
     */
    private static final long REGION = 1L << 62;

    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final FileChannel channel;

    private OutputLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Locks {@code file}, waiting at most {@code wait} for the build that holds it; then refuses,
     * naming the holder.
     */
    static OutputLock acquire(Path file, Path out, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            OutputLock lock = tryAcquire(file);
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new OutputRefusedException("Thư mục kết quả " + out + " đang được một bản dựng khác ghi (" + holder(file)
                        + "); đã chờ " + wait.toSeconds() + " giây. Chờ bản dựng đó xong rồi dựng lại; nếu tiến trình đó bị treo, "
                        + "dừng nó. Khóa nằm ở " + file + " và tự mở khi tiến trình giữ nó dừng, không cần xóa tệp này.");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputRefusedException("Đã dừng khi đang chờ bản dựng khác ghi xong thư mục " + out + ".");
            }
        }
    }

    private static OutputLock tryAcquire(Path file) {
        if (!HELD_HERE.add(file)) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock = channel.tryLock(REGION, 1, false);
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(file);
                return null;
            }
            String holder = "tiến trình " + ProcessHandle.current().pid() + ", bắt đầu lúc "
                    + DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy").withZone(ZoneId.systemDefault()).format(Instant.now());
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputLock(file, channel);
        } catch (OverlappingFileLockException e) {
            // another part of this process locked the file without going through here
            close(channel);
            HELD_HERE.remove(file);
            return null;
        } catch (IOException e) {
            close(channel);
            HELD_HERE.remove(file);
            throw new OutputRefusedException("Không mở được tệp khóa " + file + " (" + e.getMessage()
                    + "). Tệp này phải là một tệp thường mà bản dựng ghi được; nếu là thư mục hay liên kết, hãy xóa nó.");
        }
    }

    /** Who holds the lock, as the holder wrote it, or a phrase that says it is not known. */
    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "không rõ tiến trình nào" : text;
        } catch (IOException e) {
            return "không rõ tiến trình nào";
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // it was never locked
            }
        }
    }

    @Override
    public void close() {
        close(channel); // and with it the lock
        HELD_HERE.remove(file);
    }
}
