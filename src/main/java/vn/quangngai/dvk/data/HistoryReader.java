package vn.quangngai.dvk.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.problem.Suggestions;
import vn.quangngai.dvk.source.SourceText;
import vn.quangngai.dvk.source.YamlDocument;
import vn.quangngai.dvk.source.YamlFields;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Reads what the registry knows of time: the lifespan keys of agencies and districts (handed over
 * by {@link RegistryReader} row by row), {@code data/nguon.yaml} and {@code data/xa-phuong.yaml}.
 * Then checks it all together: every source, act, successor and former district exists, dates are
 * in order, a unit with successors has ended, and no unit is its own successor, however far down.
 * Both files may be absent (a site without history); an id that needs them is then reported.
 */
public final class HistoryReader {

    public static final String SOURCES = "data/nguon.yaml";
    public static final String COMMUNES = "data/xa-phuong.yaml";
    /** The keys a row of co-quan.yaml or dia-ban.yaml may carry about its lifespan. */
    static final Set<String> LIFESPAN_KEYS = Set.of("valid_from", "valid_to", "successors", "act", "sources", "note");

    private static final Set<String> SOURCE_KEYS = Set.of("id", "title", "issuer", "number", "date", "url", "note");
    private static final Set<String> ACT_KEYS = Set.of("id", "number", "title", "issuer", "date", "sources");
    private static final Set<String> COMMUNE_KEYS = Set.of("id", "name", "kind", "former_districts", "valid_from", "act", "sources", "note");
    private static final List<String> COMMUNE_KINDS = List.of("dac-khu", "phuong", "xa");
    private static final String DATE_HINT = "Ghi dạng NNNN-TT-NN (ví dụ 2025-06-30), hoặc NNNN-TT khi nguồn chỉ cho biết tháng (ví dụ 2025-02).";

    private final Path source;
    private final Problems problems;
    private final Map<String, Written> written = new LinkedHashMap<>();
    private final Map<YamlFields, JsonNode> loaded = new HashMap<>();
    private final Map<String, YamlFields> actFields = new HashMap<>();
    private final Map<String, String> actPaths = new HashMap<>();

    /** A lifespan and where it is written, for problems found when everything has been read. */
    private record Written(Lifespan lifespan, YamlFields fields, String path) {
    }

    public HistoryReader(Path source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * Reads the lifespan keys of one row of co-quan.yaml or dia-ban.yaml, if it has any.
     *
     * @param successorsAllowed false for districts, whose successors are written on the communes
     */
    void readRow(YamlFields f, JsonNode node, String path, String id, boolean successorsAllowed) {
        if (LIFESPAN_KEYS.stream().noneMatch(node::has)) {
            return;
        }
        if (!successorsAllowed && node.has("successors")) {
            f.error(path + ".successors", "địa bàn không ghi successors ở đây.",
                    "Mỗi xã, phường trong " + COMMUNES + " ghi các huyện cũ của nó (former_districts); trang của huyện liệt kê chúng.");
        }
        Lifespan lifespan = lifespan(f, node, path, successorsAllowed ? f.textList(node, path, "successors") : List.of());
        if (lifespan != null) {
            written.put(id, new Written(lifespan, f, path));
        }
    }

    private Lifespan lifespan(YamlFields f, JsonNode node, String path, List<String> successors) {
        DateOrMonth from = date(f, node, path, "valid_from");
        DateOrMonth to = date(f, node, path, "valid_to");
        List<String> sources = f.textList(node, path, "sources");
        if (sources.isEmpty()) {
            f.error(path + ".sources", "thay đổi này chưa ghi nguồn.",
                    "Ghi id của ít nhất một nguồn trong " + SOURCES + ", ví dụ: sources: [nq1677-nhansu]. Điều chưa có nguồn thì chưa ghi.");
        }
        if (from != null && to != null && to.last().isBefore(from.first())) {
            f.error(path + ".valid_to", "ngày kết thúc " + to + " trước ngày bắt đầu " + from + ".",
                    "Ngày kết thúc (valid_to) phải từ ngày bắt đầu (valid_from) trở về sau.");
        }
        String act = f.optionalText(node, path, "act");
        String note = f.optionalText(node, path, "note");
        return new Lifespan(from, to, successors, act, sources, note);
    }

    private static DateOrMonth date(YamlFields f, JsonNode node, String path, String key) {
        String text = f.optionalText(node, path, key);
        if (text == null) {
            return null;
        }
        DateOrMonth date = DateOrMonth.parse(text);
        if (date == null) {
            f.error(path + "." + key, "\"" + text + "\" không phải là một ngày hay một tháng hợp lệ.", DATE_HINT);
        }
        return date;
    }

    /** The history, or null when anything in it is wrong (the problems say what). */
    History read(List<Agency> agencies, List<District> districts) {
        int before = problems.errorCount();
        List<Source> sources = new ArrayList<>();
        List<LegalAct> acts = new ArrayList<>();
        List<Commune> communes = new ArrayList<>();
        YamlFields sourceFile = load(SOURCES);
        if (sourceFile != null) {
            rows(sourceFile, "sources", SOURCE_KEYS, (row, f) -> source(row, f, sources));
            rows(sourceFile, "acts", ACT_KEYS, (row, f) -> act(row, f, acts));
        }
        YamlFields communeFile = load(COMMUNES);
        if (communeFile != null) {
            rows(communeFile, "communes", COMMUNE_KEYS, (row, f) -> commune(row, f, communes));
        }
        Map<String, String> kindOf = new HashMap<>();
        agencies.forEach(a -> kindOf.put(a.id(), "cơ quan"));
        districts.forEach(d -> kindOf.put(d.id(), "địa bàn"));
        for (Commune commune : communes) {
            String other = kindOf.putIfAbsent(commune.id(), "xã, phường");
            if (other != null) {
                written.get(commune.id()).fields().error(written.get(commune.id()).path() + ".id",
                        "id \"" + commune.id() + "\" đã là id của một " + other + ".", "Đặt id khác: mỗi đơn vị một id riêng.");
            }
        }
        List<String> sourceIds = sources.stream().map(Source::id).toList();
        for (LegalAct act : acts) {
            checkSources(actFields.get(act.id()), actPaths.get(act.id()), act.sources(), sourceIds);
        }
        List<String> actIds = acts.stream().map(LegalAct::id).toList();
        List<String> districtIds = districts.stream().map(District::id).toList();
        for (Map.Entry<String, Written> entry : written.entrySet()) {
            Written w = entry.getValue();
            checkSources(w.fields(), w.path(), w.lifespan().sources(), sourceIds);
            String act = w.lifespan().act();
            if (act != null && !actIds.contains(act)) {
                w.fields().error(w.path() + ".act", "không có văn bản với id \"" + act + "\" trong " + SOURCES + ".",
                        Suggestions.didYouMean(act, actIds) + "Các id hợp lệ: " + String.join(", ", actIds) + ".");
            }
            checkSuccessors(entry.getKey(), w, kindOf);
        }
        for (Commune commune : communes) {
            Written w = written.get(commune.id());
            for (int i = 0; i < commune.formerDistricts().size(); i++) {
                String district = commune.formerDistricts().get(i);
                if (!districtIds.contains(district)) {
                    w.fields().error(w.path() + ".former_districts[" + i + "]", "không có địa bàn với id \"" + district + "\" trong "
                            + RegistryReader.DISTRICTS + ".", Suggestions.didYouMean(district, districtIds)
                            + "Các id hợp lệ: " + String.join(", ", districtIds) + ".");
                }
            }
        }
        checkCycles();
        if (problems.errorCount() > before) {
            return null;
        }
        Map<String, Lifespan> lifespans = new LinkedHashMap<>();
        written.forEach((id, w) -> lifespans.put(id, w.lifespan()));
        return new History(sources, acts, communes, lifespans);
    }

    private void checkSources(YamlFields f, String path, List<String> ids, List<String> sourceIds) {
        for (int i = 0; i < ids.size(); i++) {
            if (!sourceIds.contains(ids.get(i))) {
                f.error(path + ".sources[" + i + "]", "không có nguồn với id \"" + ids.get(i) + "\" trong " + SOURCES + ".",
                        Suggestions.didYouMean(ids.get(i), sourceIds) + "Thêm nguồn vào tệp đó (id, title, issuer, url), hoặc ghi id của một nguồn có sẵn.");
            }
        }
    }

    private static void checkSuccessors(String id, Written w, Map<String, String> kindOf) {
        List<String> successors = w.lifespan().successors();
        for (int i = 0; i < successors.size(); i++) {
            String next = successors.get(i);
            String at = w.path() + ".successors[" + i + "]";
            if (next.equals(id)) {
                w.fields().error(at, "một đơn vị không thể là đơn vị kế tiếp của chính nó.", "Bỏ id \"" + id + "\" khỏi successors.");
            } else if (!kindOf.containsKey(next)) {
                w.fields().error(at, "đơn vị kế tiếp \"" + next + "\" không có trong " + RegistryReader.AGENCIES + ", "
                        + RegistryReader.DISTRICTS + " hay " + COMMUNES + ".", Suggestions.didYouMean(next, kindOf.keySet())
                        + "Thêm đơn vị đó (với nguồn) trước, hoặc bỏ successors khi chưa có nguồn nêu tên đơn vị mới.");
            }
        }
        if (!successors.isEmpty() && w.lifespan().validTo() == null) {
            w.fields().error(w.path() + ".valid_to", "có đơn vị kế tiếp (successors) nhưng chưa ghi ngày kết thúc.",
                    "Ghi valid_to: ngày cuối cùng đơn vị còn tồn tại, theo nguồn. " + DATE_HINT);
        }
    }

    /** Following successors from any unit must never lead back to it. */
    private void checkCycles() {
        Map<String, Integer> state = new HashMap<>(); // 1: on the current path, 2: done
        for (String start : written.keySet()) {
            visit(start, new ArrayList<>(), state);
        }
    }

    private void visit(String unit, List<String> path, Map<String, Integer> state) {
        Integer seen = state.get(unit);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(unit), path.size()));
            loop.add(unit);
            Written w = written.get(path.get(path.size() - 1));
            w.fields().error(w.path() + ".successors", "vòng lặp đơn vị kế tiếp: " + String.join(" → ", loop) + ".",
                    "Một đơn vị không thể (trực tiếp hay gián tiếp) là đơn vị kế tiếp của chính nó: sửa successors của một trong các đơn vị này.");
            return;
        }
        state.put(unit, 1);
        path.add(unit);
        Written w = written.get(unit);
        if (w != null) {
            for (String next : w.lifespan().successors()) {
                visit(next, path, state);
            }
        }
        path.remove(path.size() - 1);
        state.put(unit, 2);
    }

    private YamlFields load(String name) {
        Path file = source.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            YamlDocument document = YamlDocument.parse(SourceText.read(file, name), name, 1);
            YamlFields fields = new YamlFields(document, name, problems);
            JsonNode root = document.root();
            if (!root.isObject()) {
                fields.error("", "tệp phải gồm các danh sách dạng \"tên: giá trị\".", "Xem phần chú thích ở đầu tệp.");
                return null;
            }
            fields.warnUnknownKeys(root, "", name.equals(SOURCES) ? Set.of("sources", "acts") : Set.of("communes"));
            loaded.put(fields, root);
            return fields;
        } catch (InvalidSourceException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** One entry of a list, its id already checked: an ASCII slug, used once in the list. */
    private record Row(JsonNode node, String path, String id) {
    }

    private void rows(YamlFields f, String listKey, Set<String> keys, java.util.function.BiConsumer<Row, YamlFields> reader) {
        JsonNode list = loaded.get(f).get(listKey);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            f.error(listKey, "\"" + listKey + "\" phải là một danh sách.", "Mỗi mục bắt đầu bằng \"  - id: …\".");
            return;
        }
        Map<String, Integer> lineById = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = listKey + "[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                f.error(path, "mỗi mục phải là một nhóm trường (id, …).", null);
                continue;
            }
            f.warnUnknownKeys(node, path, keys);
            String id = f.requiredText(node, path, "id", "Mỗi mục cần một id không dấu, ví dụ: nq1677-nhansu.");
            if (id == null) {
                continue;
            }
            if (!id.equals(Vietnamese.slug(id))) {
                f.error(path + ".id", "id \"" + id + "\" không hợp lệ.",
                        "id chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: \"" + Vietnamese.slug(id) + "\".");
                continue;
            }
            Integer first = lineById.putIfAbsent(id, f.lineOf(path + ".id"));
            if (first != null) {
                f.error(path + ".id", "id \"" + id + "\" bị trùng (đã dùng ở dòng " + first + ").", "Mỗi id chỉ dùng một lần.");
                continue;
            }
            reader.accept(new Row(node, path, id), f);
        }
    }

    private static void source(Row row, YamlFields f, List<Source> sources) {
        String title = f.requiredText(row.node(), row.path(), "title", "Ghi tên văn bản, bài viết như chính nó tự ghi.");
        String issuer = f.requiredText(row.node(), row.path(), "issuer", "Ghi cơ quan ban hành hoặc nơi đăng.");
        String url = f.requiredText(row.node(), row.path(), "url", "Ghi địa chỉ nơi đã đọc nguồn, bắt đầu bằng https:// hoặc http://.");
        if (url != null && !url.matches("https?://\\S+")) {
            f.error(row.path() + ".url", "địa chỉ \"" + url + "\" không hợp lệ.", "Ghi địa chỉ đầy đủ, bắt đầu bằng https:// hoặc http://.");
            url = null;
        }
        DateOrMonth date = date(f, row.node(), row.path(), "date");
        if (title != null && issuer != null && url != null) {
            sources.add(new Source(row.id(), title, issuer, f.optionalText(row.node(), row.path(), "number"), date, url,
                    f.optionalText(row.node(), row.path(), "note")));
        }
    }

    private void act(Row row, YamlFields f, List<LegalAct> acts) {
        String number = f.requiredText(row.node(), row.path(), "number", "Ghi số văn bản, ví dụ: 1677/NQ-UBTVQH15.");
        String title = f.requiredText(row.node(), row.path(), "title", "Ghi tên văn bản như trên văn bản.");
        String issuer = f.requiredText(row.node(), row.path(), "issuer", "Ghi cơ quan ban hành, ví dụ: Quốc hội.");
        String dateText = f.requiredText(row.node(), row.path(), "date", "Ghi ngày ban hành dạng NNNN-TT-NN.");
        DateOrMonth date = dateText == null ? null : DateOrMonth.parse(dateText);
        if (dateText != null && (date == null || !date.isDay())) {
            f.error(row.path() + ".date", "\"" + dateText + "\" không phải là một ngày hợp lệ.", "Ghi ngày ban hành dạng NNNN-TT-NN, ví dụ: 2025-06-16.");
        }
        List<String> sources = f.textList(row.node(), row.path(), "sources");
        if (sources.isEmpty()) {
            f.error(row.path() + ".sources", "văn bản chưa ghi nguồn.", "Ghi id của ít nhất một nguồn trong danh sách sources ở trên.");
        }
        if (number != null && title != null && issuer != null && date != null && date.isDay() && !sources.isEmpty()) {
            LocalDate day = date.first();
            acts.add(new LegalAct(row.id(), number, title, issuer, day, sources));
            actFields.put(row.id(), f);
            actPaths.put(row.id(), row.path());
        }
    }

    private void commune(Row row, YamlFields f, List<Commune> communes) {
        String name = f.requiredText(row.node(), row.path(), "name", "Ghi tên đầy đủ, ví dụ: Xã Phước Giang.");
        String kind = f.requiredText(row.node(), row.path(), "kind", "Một trong: " + String.join(", ", COMMUNE_KINDS) + ".");
        if (kind != null && !COMMUNE_KINDS.contains(kind)) {
            f.error(row.path() + ".kind", "loại đơn vị \"" + kind + "\" không hợp lệ.",
                    Suggestions.didYouMean(kind, COMMUNE_KINDS) + "Một trong: " + String.join(", ", COMMUNE_KINDS) + ".");
            kind = null;
        }
        if (f.optionalText(row.node(), row.path(), "valid_from") == null) {
            f.error(row.path() + ".valid_from", "thiếu ngày đơn vị bắt đầu (valid_from).", DATE_HINT);
        }
        List<String> formerDistricts = f.textList(row.node(), row.path(), "former_districts");
        Lifespan lifespan = lifespan(f, row.node(), row.path(), List.of());
        if (name != null && kind != null) {
            communes.add(new Commune(row.id(), name, kind, formerDistricts));
            written.put(row.id(), new Written(lifespan, f, row.path()));
        }
    }
}
