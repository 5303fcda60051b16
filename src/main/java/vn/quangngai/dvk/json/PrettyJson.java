package vn.quangngai.dvk.json;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;

/**
 * The JSON files the site publishes for people and programs to read (feeds, open data): UTF-8,
 * indented by two spaces, "key": value, line ends of one LF and one at the end, so that the same
 * records always give the same bytes on every system.
 */
public final class PrettyJson {

    /**
     * One writer for every file: a mapper learns a class's properties the first time it writes
     * one, and a new mapper per file relearned them every time.
     */
    private static final ObjectWriter WRITER = writer();

    private PrettyJson() {
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return new ObjectMapper().writer(printer);
    }

    /** {@code records} (records, lists and strings) as the file's bytes. */
    public static byte[] bytes(Object records) {
        // written as UTF-8 into blocks, copied once: making a large site's file a String first
        // (twice its size as UTF-16), then one with the line end, then its bytes, fills the old
        // generation with arrays too large for the young one
        ByteArrayBuilder out = new ByteArrayBuilder();
        try {
            WRITER.writeValue(out, records);
        } catch (IOException e) {
            throw new IllegalStateException("records of strings always serialise", e);
        }
        out.append('\n');
        return out.toByteArray();
    }
}
