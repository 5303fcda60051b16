package vn.quangngai.dvk.opendata;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.quangngai.dvk.json.PrettyJson;
import vn.quangngai.dvk.story.Figure;

/**
 * Writes {@link OpenData} as the two published files.
 *
 * <p>JSON: UTF-8 without BOM (RFC 8259), indented by two spaces, LF line ends on every platform.
 *
 * <p>CSV: RFC 4180 (comma, double quotes, CRLF), one header line, UTF-8 <em>with</em> a BOM. Excel
 * on Windows reads a CSV without a BOM in the ANSI code page (Windows-1258 on Vietnamese systems),
 * which garbles every tone mark; with the BOM it reads UTF-8. Programs that read UTF-8 mostly skip
 * the BOM (pandas, R readr, LibreOffice, Jackson); Python's csv module needs encoding="utf-8-sig".
 * A cell holding several values (districts, fields, figures) separates them with {@link #LIST_SEPARATOR}.
 * A cell that a spreadsheet would take for a formula is {@linkplain #neutralised neutralised}.
 */
public final class OpenDataFiles {

    public static final String LIST_SEPARATOR = "; ";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The CSV columns, in order, and how each is taken from a model. */
    static final Map<String, Function<ModelEntry, Object>> COLUMNS = columns();

    private OpenDataFiles() {
    }

    private static Map<String, Function<ModelEntry, Object>> columns() {
        Map<String, Function<ModelEntry, Object>> columns = new LinkedHashMap<>();
        columns.put("slug", ModelEntry::slug);
        columns.put("title", ModelEntry::title);
        columns.put("agency_id", m -> m.agency().id());
        columns.put("agency_name", m -> m.agency().name());
        columns.put("district_ids", m -> m.districts().stream().map(Ref::id).toList());
        columns.put("district_names", m -> m.districts().stream().map(Ref::name).toList());
        columns.put("field_ids", m -> m.fields().stream().map(Ref::id).toList());
        columns.put("field_names", m -> m.fields().stream().map(Ref::name).toList());
        columns.put("date", ModelEntry::date);
        columns.put("summary", ModelEntry::summary);
        columns.put("figures", m -> m.figures().stream().map(OpenDataFiles::figure).toList());
        columns.put("url", ModelEntry::url);
        return columns;
    }

    /** "Hơn 3.000 hồ sơ được tiếp nhận, giải quyết": the value, then the label, as the story page reads. */
    static String figure(Figure figure) {
        return figure.value() + " " + figure.label();
    }

    public static List<String> csvColumns() {
        return List.copyOf(COLUMNS.keySet());
    }

    public static byte[] json(OpenData data) {
        return jsonOf(data);
    }

    /** The registry with validity and successors, written as {@link #json(OpenData)} writes the models. */
    public static byte[] json(RegistryData data) {
        return jsonOf(data);
    }

    /** One CSV mapper for every build: a new mapper relearns each class it writes. */
    private static final CsvMapper CSV = new CsvMapper();

    private static byte[] jsonOf(Object data) {
        return PrettyJson.bytes(data);
    }

    /** @throws IllegalArgumentException when a value of a several-valued cell contains the separator */
    public static byte[] csv(OpenData data) {
        return csvOf(COLUMNS, data.models(), m -> "mô hình \"" + m.slug() + "\"");
    }

    /** The units of the registry, one a row, as {@link #csv(OpenData)} writes the models. */
    public static byte[] csv(RegistryData data) {
        return csvOf(unitColumns(data), data.units(), u -> "đơn vị \"" + u.id() + "\"");
    }

    public static List<String> unitCsvColumns() {
        return List.copyOf(unitColumns(null).keySet());
    }

    private static Map<String, Function<UnitEntry, Object>> unitColumns(RegistryData data) {
        Map<String, Function<UnitEntry, Object>> columns = new LinkedHashMap<>();
        columns.put("id", UnitEntry::id);
        columns.put("layer", UnitEntry::layer);
        columns.put("name", UnitEntry::name);
        columns.put("kind", UnitEntry::kind);
        columns.put("valid_from", UnitEntry::validFrom);
        columns.put("valid_to", UnitEntry::validTo);
        columns.put("predecessor_ids", u -> u.predecessors().stream().map(Ref::id).toList());
        columns.put("predecessor_names", u -> u.predecessors().stream().map(Ref::name).toList());
        columns.put("successor_ids", u -> u.successors().stream().map(Ref::id).toList());
        columns.put("successor_names", u -> u.successors().stream().map(Ref::name).toList());
        columns.put("act", u -> RegistryData.actLabel(data, u.act()));
        columns.put("source_ids", UnitEntry::sources);
        columns.put("source_urls", u -> u.sources().stream().map(id -> data.sources().stream().filter(s -> s.id().equals(id))
                .findFirst().orElseThrow().url()).toList());
        columns.put("note", UnitEntry::note);
        return columns;
    }

    private static <T> byte[] csvOf(Map<String, Function<T, Object>> columns, List<T> items, Function<T, String> name) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.keySet().forEach(schema::addColumn);
        ByteArrayBuilder out = new ByteArrayBuilder(); // in blocks, copied once (see PrettyJson)
        out.write(BOM, 0, BOM.length);
        try (var rows = CSV.writer(schema.build()).writeValues(out)) {
            for (T item : items) {
                Map<String, String> row = new LinkedHashMap<>();
                columns.forEach((column, value) -> row.put(column, cell(name.apply(item), column, value.apply(item))));
                rows.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String cell(String item, String column, Object value) {
        if (!(value instanceof List<?> values)) {
            return neutralised((String) value);
        }
        for (Object v : values) {
            if (v.toString().contains(LIST_SEPARATOR.strip())) {
                throw new IllegalArgumentException("Dữ liệu mở: " + item + ", cột " + column + ": \"" + v
                        + "\" có dấu \";\", dấu ngăn cách các giá trị trong một ô của tệp CSV. Hãy dùng dấu phẩy.");
            }
        }
        return neutralised(String.join(LIST_SEPARATOR, values.stream().map(Object::toString).toList()));
    }

    /**
     * The cell with a single quote before it when Excel, LibreOffice or Google Sheets would read it
     * as a formula ({@code =HYPERLINK(…)}, {@code @SUM(…)}, {@code -1+1}): it starts, after leading
     * spaces, with {@code = + - @}, or starts with a Tab or a carriage return — OWASP's advice
     * against CSV injection. The quote shows in a spreadsheet and in other programs; the JSON file
     * keeps every value as written, and the open-data page says so.
     */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        String start = cell.strip();
        boolean formula = !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0;
        return formula || cell.charAt(0) == '\t' || cell.charAt(0) == '\r' ? "'" + cell : cell;
    }
}
