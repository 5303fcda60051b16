package vn.quangngai.dvk.publish;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Where a thread renders its pages, one after another: the template writes the page's text
 * here, and it is encoded into bytes here, both in buffers the thread reuses.
 *
 * <p>Rendering into a {@code StringWriter} and calling {@code getBytes} makes several bytes of
 * garbage per character of a Vietnamese page: the buffer's growth, {@code toString} (which first
 * tries to fit the text in one byte per character), and {@code getBytes} (which sizes for three
 * bytes per character, then copies), for every page of every build. The charset's own encoder writes into the reused bytes, which are
 * those of {@code String.getBytes}: characters the charset cannot encode (an unpaired
 * surrogate) become its replacement, '?' for UTF-8.
 */
public final class PageBuffer extends Writer {

    /** Each rendering thread's buffer, reused from page to page and, in a warm process, from build to build. */
    private static final ThreadLocal<PageBuffer> BUFFERS = new ThreadLocal<>();

    private char[] chars = new char[32 * 1024];
    private int length;
    private byte[] bytes = new byte[64 * 1024];
    private final CharsetEncoder encoder;

    PageBuffer(Charset charset) {
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** This thread's buffer for {@code charset}, emptied. */
    public static PageBuffer forThread(Charset charset) {
        PageBuffer buffer = BUFFERS.get();
        if (buffer == null || !buffer.encoder.charset().equals(charset)) {
            buffer = new PageBuffer(charset);
            BUFFERS.set(buffer);
        }
        return buffer.reset();
    }

    /** Empties the buffer for the next page. */
    PageBuffer reset() {
        length = 0;
        return this;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public void write(char[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String text, int offset, int count) {
        ensure(count);
        text.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
        ensure(1);
        chars[length++] = (char) c;
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The text written since {@link #reset}, as a string (for tests). */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /**
     * The text encoded, in a buffer this object reuses: valid until the next call. Its array is
     * {@code result.array()}, from 0 to {@code result.limit()}.
     */
    public ByteBuffer encoded() {
        int most = (int) Math.ceil(length * (double) encoder.maxBytesPerChar());
        if (bytes.length < most) {
            bytes = new byte[Math.max(most, bytes.length * 2)];
        }
        ByteBuffer out = ByteBuffer.wrap(bytes);
        encoder.reset();
        CoderResult result = encoder.encode(CharBuffer.wrap(chars, 0, length), out, true);
        if (!result.isUnderflow()) {
            throw new IllegalStateException("encoding a page: " + result);
        }
        result = encoder.flush(out);
        if (!result.isUnderflow()) {
            throw new IllegalStateException("encoding a page: " + result);
        }
        out.flip();
        return out;
    }
}
