package vn.quangngai.dvk.bake;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a thread renders its pages, one after another: the template writes the page's text
 * here, and it is encoded into bytes here, both in buffers the thread reuses.
 *
 * <p>Rendering into a {@code StringWriter} and calling {@code getBytes} cost about ten bytes of
 * garbage per character of a Vietnamese page: the buffer's growth, {@code toString} (which first
 * tries to fit the text in one byte per character), and {@code getBytes} (which sizes for three
 * bytes per character, then copies). In a cold build of 1,000 stories that was a fifth of all
 * the memory allocated. The bytes are those of {@code String.getBytes}: characters the charset
 * cannot encode (an unpaired surrogate) become its replacement, '?' for UTF-8.
 */
final class PageBuffer extends Writer {

    private char[] chars = new char[32 * 1024];
    private int length;
    private byte[] bytes = new byte[64 * 1024];
    private final CharsetEncoder encoder;
    private final boolean utf8;

    PageBuffer(Charset charset) {
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    Charset charset() {
        return encoder.charset();
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
    ByteBuffer encoded() {
        int most = (int) Math.ceil(length * (double) encoder.maxBytesPerChar());
        if (bytes.length < most) {
            bytes = new byte[Math.max(most, bytes.length * 2)];
        }
        if (utf8) {
            return ByteBuffer.wrap(bytes, 0, utf8(chars, length, bytes));
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

    /**
     * UTF-8 in one plain loop, the same bytes as the JDK's encoder ('?' for an unpaired
     * surrogate): the JDK's own loop reads and writes through buffer objects and, compiled by C1
     * as in a one-off build, took 1.7% of a cold build of 10,000 stories. {@code out} holds at
     * least three bytes per character.
     */
    private static int utf8(char[] text, int length, byte[] out) {
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text[i + 1])) {
                int cp = Character.toCodePoint(c, text[++i]);
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        return at;
    }
}
