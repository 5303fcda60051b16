package vn.quangngai.dvk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Messages in what the console can show. On Windows, cmd and Windows PowerShell decode what a
 * program writes with the console's code page (cp1258 on a Vietnamese Windows, cp437 or cp1252
 * elsewhere), so UTF-8 bytes arrive as mojibake; the JDK names that code page in
 * {@code sun.stdout.encoding} (and {@code stdout.encoding} from JDK 19) when the output is a
 * console. Output to a file or a pipe, and every other system, stays UTF-8. A letter the code page
 * lacks is written as near as it has: cp1258 has every Vietnamese letter as a base letter and a
 * combining tone mark, so "ế" goes as "ê" + acute; cp437 lacks most, so the message goes without
 * marks, "Đức Phổ" as "Duc Pho" — readable, where the encoder's own replacement would be a "?"
 * for every marked letter.
 */
final class ConsoleEncoding {

    private ConsoleEncoding() {
    }

    /**
     * @param osName    the {@code os.name} property
     * @param stream    "stdout" or "stderr"
     * @param property  the system properties
     */
    static Charset charset(String osName, String stream, UnaryOperator<String> property) {
        if (osName == null || !osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            return StandardCharsets.UTF_8;
        }
        String name = property.apply(stream + ".encoding");
        if (name == null) {
            name = property.apply("sun." + stream + ".encoding");
        }
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        if (name.equalsIgnoreCase("cp65001")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * {@code text} as near as {@code charset} can write it: every letter with its marks where the
     * code page has them (as one character, or a base and combining marks); where it lacks even one
     * Vietnamese letter, the whole text without marks ("không dấu", as Vietnamese is typed where
     * marks are unavailable), since a mix of marked and bare letters would read as other words.
     */
    static String fit(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String one = new String(Character.toChars(c));
            i += one.length();
            String near = encoder.canEncode(one) ? one : withMarks(one, encoder);
            if (near == null) {
                return withoutMarks(text, encoder);
            }
            out.append(near);
        }
        return out.toString();
    }

    /**
     * The letter as a character the code page has, composed of its base and some of its marks,
     * followed by the other marks as combining characters the code page has; null if none is.
     */
    private static String withMarks(String letter, CharsetEncoder encoder) {
        String decomposed = Normalizer.normalize(letter, Normalizer.Form.NFD);
        int marks = decomposed.length() - 1;
        if (marks < 1 || marks > 3) {
            return null;
        }
        for (int subset = (1 << marks) - 1; subset >= 0; subset--) {
            StringBuilder composed = new StringBuilder().append(decomposed.charAt(0));
            StringBuilder rest = new StringBuilder();
            for (int m = 0; m < marks; m++) {
                ((subset & (1 << m)) != 0 ? composed : rest).append(decomposed.charAt(m + 1));
            }
            String base = Normalizer.normalize(composed, Normalizer.Form.NFC);
            if (base.length() == 1 && encoder.canEncode(base) && (rest.length() == 0 || encoder.canEncode(rest))) {
                return base + rest;
            }
        }
        return null;
    }

    private static String withoutMarks(String text, CharsetEncoder encoder) {
        StringBuilder out = new StringBuilder(text.length());
        String bare = Vietnamese.stripMarks(text);
        for (int i = 0; i < bare.length(); ) {
            int c = bare.codePointAt(i);
            String one = new String(Character.toChars(c));
            i += one.length();
            out.append(encoder.canEncode(one) ? one : switch (one) {
                case "—", "–" -> "-";
                case "“", "”", "«", "»" -> "\"";
                case "‘", "’" -> "'";
                case "…" -> "...";
                case "→" -> "->";
                default -> "?";
            });
        }
        return out.toString();
    }

    /** A print stream that writes {@code charset}'s bytes of {@link #fit fitted} text to {@code out}. */
    static PrintStream stream(OutputStream out, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new PrintStream(out, true, charset);
        }
        return new PrintStream(out, true, charset) {
            @Override
            public void print(String s) {
                super.print(s == null ? null : fit(s, charset));
            }

            @Override
            public void print(Object o) {
                print(String.valueOf(o));
            }
        };
    }
}
