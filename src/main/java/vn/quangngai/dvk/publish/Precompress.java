package vn.quangngai.dvk.publish;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The {@code name.gz} twin of a text file, which {@link Output} writes beside it for web servers
 * that serve precompressed files (nginx {@code gzip_static}). The gzip header carries no time
 * stamp, so the same input always gives the same bytes.
 *
 * <p>Level 5: compression is a large part of a cold build's CPU; higher levels make the twins
 * barely smaller for clearly more time, and level 4 saves little time for clearly more bytes.
 *
 * <p>The gzip members are written here (RFC 1952: a fixed header, the raw deflate stream, CRC-32
 * and length) so that each thread reuses one {@link Deflater}: a new one per file, with its
 * buffers, cost more than compressing a small page.
 */
final class Precompress {

    static final Set<String> TEXT = Set.of("html", "css", "js", "xml", "txt", "json", "csv", "svg");

    /** ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=0 OS=255 (unknown). */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private static final int LEVEL = 5;

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));

    private Precompress() {
    }

    /** One gzip member holding {@code data}. */
    static byte[] gzip(byte[] data) {
        ByteBuffer gzip = gzip(data, 0, data.length);
        return Arrays.copyOf(gzip.array(), gzip.limit());
    }

    /** Each thread's buffer for what it compresses, reused from file to file. */
    private static final ThreadLocal<byte[][]> OUT = ThreadLocal.withInitial(() -> new byte[][] {new byte[32 * 1024]});

    /**
     * One gzip member holding {@code data[offset, offset + length)}, in a buffer this thread
     * reuses: valid until its next call. Its array is {@code result.array()}, from 0 to {@code result.limit()}.
     */
    static ByteBuffer gzip(byte[] data, int offset, int length) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data, offset, length);
        deflater.finish();
        byte[][] holder = OUT.get();
        byte[] out = holder[0];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int size = HEADER.length;
        while (!deflater.finished()) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            size += deflater.deflate(out, size, out.length - size);
        }
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        if (size + 8 > out.length) {
            out = Arrays.copyOf(out, size + 8);
        }
        holder[0] = out;
        writeIntLittleEndian(out, size, (int) crc.getValue());
        writeIntLittleEndian(out, size + 4, length);
        return ByteBuffer.wrap(out, 0, size + 8);
    }

    private static void writeIntLittleEndian(byte[] out, int at, int value) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** Whether a file of this name (or path) is text a browser may get compressed. */
    static boolean isText(String name) {
        return TEXT.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }
}
