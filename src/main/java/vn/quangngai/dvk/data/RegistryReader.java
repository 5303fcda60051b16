package vn.quangngai.dvk.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.problem.Suggestions;
import vn.quangngai.dvk.source.SourceText;
import vn.quangngai.dvk.source.YamlDocument;
import vn.quangngai.dvk.source.YamlFields;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Reads {@code data/co-quan.yaml}, {@code data/dia-ban.yaml} and {@code data/linh-vuc.yaml}
 * into a {@link Registry} and cross-checks them: ids are ASCII slugs and unique, names do not fold
 * to one slug, every agency's kind, district and parent exist, local agencies name a district.
 * What the registry knows of time (lifespans, sources, communes) is read with {@link HistoryReader}.
 */
public final class RegistryReader {

    public static final String AGENCIES = "data/co-quan.yaml";
    public static final String DISTRICTS = "data/dia-ban.yaml";
    public static final String FIELDS = "data/linh-vuc.yaml";

    private static final Set<String> AGENCY_KEYS = withLifespan("id", "name", "short", "level", "kind", "district", "parent");
    private static final Set<String> DISTRICT_KEYS = withLifespan("id", "name", "kind", "terrain", "tile");
    private static final Set<String> DISTRICT_KINDS = Set.of("thanh-pho", "thi-xa", "huyen");
    private static final Set<String> TERRAINS = Set.of("mien-nui", "hai-dao");
    private static final Set<String> FIELD_KEYS = Set.of("id", "name");

    private final Path source;
    private final Problems problems;
    private final HistoryReader history;

    public RegistryReader(Path source, Problems problems) {
        this.source = source;
        this.problems = problems;
        this.history = new HistoryReader(source, problems);
    }

    private static Set<String> withLifespan(String... keys) {
        Set<String> all = new java.util.HashSet<>(Set.of(keys));
        all.addAll(HistoryReader.LIFESPAN_KEYS);
        return Set.copyOf(all);
    }

    /** The registry, or null when any data file has an error (the problems say which). */
    public Registry read() {
        int before = problems.errorCount();
        Loaded districtFile = load(DISTRICTS);
        Loaded fieldFile = load(FIELDS);
        Loaded agencyFile = load(AGENCIES);
        if (districtFile == null || fieldFile == null || agencyFile == null) {
            return null;
        }
        districtFile.fields().warnUnknownKeys(districtFile.document().root(), "", Set.of("districts"));
        fieldFile.fields().warnUnknownKeys(fieldFile.document().root(), "", Set.of("fields"));
        agencyFile.fields().warnUnknownKeys(agencyFile.document().root(), "", Set.of("kinds", "agencies"));
        List<District> districts = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<Agency> agencies = new ArrayList<>();
        Map<String, String> agencyPaths = new HashMap<>();
        rows(districtFile, "districts", DISTRICT_KEYS, row -> readDistrict(row, districts, history));
        rows(fieldFile, "fields", FIELD_KEYS, row -> fields.add(new Field(row.id(), row.name())));
        rows(agencyFile, "kinds", FIELD_KEYS, row -> kinds.add(new Kind(row.id(), row.name())));
        rows(agencyFile, "agencies", AGENCY_KEYS, row -> readAgency(row, agencies, agencyPaths, history));
        checkAgencies(agencyFile.fields(), agencies, agencyPaths, districts, kinds);
        History read = history.read(agencies, districts);
        // stories checked against a half-read registry would only repeat these errors
        return problems.errorCount() > before ? null : new Registry(agencies, districts, fields, kinds, read);
    }

    private record Loaded(YamlDocument document, YamlFields fields) {
    }

    /** One entry of a list in a data file, with its id and name already checked. */
    private record Row(YamlFields fields, JsonNode node, String path, String id, String name) {
    }

    private Loaded load(String name) {
        Path file = source.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(name, 0, null, "không tìm thấy tệp dữ liệu.",
                    "Tệp này phải có trong thư mục data/ của nguồn trang."));
            return null;
        }
        try {
            YamlDocument document = YamlDocument.parse(SourceText.read(file, name), name, 1);
            return new Loaded(document, new YamlFields(document, name, problems));
        } catch (InvalidSourceException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private void rows(Loaded loaded, String listKey, Set<String> keys, Consumer<Row> reader) {
        YamlFields fields = loaded.fields();
        JsonNode list = loaded.document().root().get(listKey);
        if (list == null || !list.isArray() || list.isEmpty()) {
            fields.error(listKey, "tệp phải có danh sách \"" + listKey + "\" với ít nhất một mục.", "Xem các tệp mẫu trong data/.");
            return;
        }
        Map<String, String> idBySlugOfName = new HashMap<>();
        Map<String, Integer> lineById = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = listKey + "[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                fields.error(path, "mỗi mục phải là một nhóm trường (id, name, …).", null);
                continue;
            }
            fields.warnUnknownKeys(node, path, keys);
            String id = fields.requiredText(node, path, "id", "Mỗi mục cần một id không dấu, ví dụ: so-y-te.");
            String label = fields.requiredText(node, path, "name", "Ghi tên đầy đủ bằng tiếng Việt.");
            if (id == null || label == null) {
                continue;
            }
            if (!id.equals(Vietnamese.slug(id))) {
                fields.error(path + ".id", "id \"" + id + "\" không hợp lệ.",
                        "id chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: \"" + Vietnamese.slug(id) + "\".");
                continue;
            }
            Integer firstLine = lineById.putIfAbsent(id, fields.lineOf(path + ".id"));
            if (firstLine != null) {
                fields.error(path + ".id", "id \"" + id + "\" bị trùng (đã dùng ở dòng " + firstLine + ").", "Mỗi id chỉ dùng một lần.");
                continue;
            }
            String other = idBySlugOfName.putIfAbsent(Vietnamese.slug(label), id);
            if (other != null) {
                fields.error(path + ".name", "tên \"" + label + "\" trùng với tên của \"" + other + "\" khi bỏ dấu.",
                        "Hai mục không được có cùng tên.");
                continue;
            }
            reader.accept(new Row(fields, node, path, id, label));
        }
    }

    private static void readDistrict(Row row, List<District> districts, HistoryReader history) {
        String kind = row.fields().requiredText(row.node(), row.path(), "kind", "Một trong: " + String.join(", ", DISTRICT_KINDS.stream().sorted().toList()) + ".");
        if (kind != null && !DISTRICT_KINDS.contains(kind)) {
            row.fields().error(row.path() + ".kind", "loại đơn vị \"" + kind + "\" không hợp lệ.",
                    Suggestions.didYouMean(kind, DISTRICT_KINDS) + "Một trong: " + String.join(", ", DISTRICT_KINDS.stream().sorted().toList()) + ".");
            return;
        }
        String terrain = row.fields().optionalText(row.node(), row.path(), "terrain");
        if (terrain != null && !TERRAINS.contains(terrain)) {
            row.fields().error(row.path() + ".terrain", "địa hình \"" + terrain + "\" không hợp lệ.",
                    Suggestions.didYouMean(terrain, TERRAINS) + "Một trong: hai-dao, mien-nui; bỏ trống nếu không phải.");
            return;
        }
        District.Tile tile = tile(row);
        history.readRow(row.fields(), row.node(), row.path(), row.id(), false);
        if (kind != null) {
            districts.add(new District(row.id(), row.name(), kind, terrain, tile));
        }
    }

    private static District.Tile tile(Row row) {
        JsonNode node = row.node().get("tile");
        if (node == null || node.isNull()) {
            return null;
        }
        boolean valid = node.isArray() && node.size() == 2
                && node.get(0).asText().matches("[0-9]") && node.get(1).asText().matches("[0-9]");
        if (!valid) {
            row.fields().error(row.path() + ".tile", "vị trí ô \"" + node + "\" không hợp lệ.",
                    "Ghi [cột, hàng], mỗi số từ 0 đến 9, ví dụ: tile: [2, 1]");
            return null;
        }
        return new District.Tile(Integer.parseInt(node.get(0).asText()), Integer.parseInt(node.get(1).asText()));
    }

    private static void readAgency(Row row, List<Agency> agencies, Map<String, String> paths, HistoryReader history) {
        YamlFields f = row.fields();
        String shortName = f.optionalText(row.node(), row.path(), "short");
        String levelId = f.requiredText(row.node(), row.path(), "level", "Một trong: tinh, huyen, xa.");
        String kind = f.requiredText(row.node(), row.path(), "kind", "Một id trong danh sách kinds ở đầu tệp.");
        String district = f.optionalText(row.node(), row.path(), "district");
        String parent = f.optionalText(row.node(), row.path(), "parent");
        if (levelId == null || kind == null) {
            return;
        }
        Level level = Level.byId(levelId).orElse(null);
        if (level == null) {
            f.error(row.path() + ".level", "cấp \"" + levelId + "\" không hợp lệ.",
                    Suggestions.didYouMean(levelId, List.of("tinh", "huyen", "xa")) + "Một trong: tinh, huyen, xa.");
            return;
        }
        history.readRow(f, row.node(), row.path(), row.id(), true);
        paths.put(row.id(), row.path());
        agencies.add(new Agency(row.id(), row.name(), shortName == null ? row.name() : shortName, level, kind, district, parent));
    }

    private static void checkAgencies(YamlFields file, List<Agency> agencies, Map<String, String> paths,
                                      List<District> districts, List<Kind> kinds) {
        List<String> districtIds = districts.stream().map(District::id).toList();
        List<String> kindIds = kinds.stream().map(Kind::id).toList();
        List<String> agencyIds = agencies.stream().map(Agency::id).toList();
        for (Agency agency : agencies) {
            String path = paths.get(agency.id());
            if (!kindIds.contains(agency.kind())) {
                file.error(path + ".kind", "loại cơ quan \"" + agency.kind() + "\" không có trong danh sách kinds.",
                        Suggestions.didYouMean(agency.kind(), kindIds) + "Các loại hợp lệ: " + String.join(", ", kindIds) + ".");
            }
            if (agency.district() != null && !districtIds.contains(agency.district())) {
                file.error(path + ".district", "địa bàn \"" + agency.district() + "\" không có trong " + DISTRICTS + ".",
                        Suggestions.didYouMean(agency.district(), districtIds) + "Các id hợp lệ: " + String.join(", ", districtIds) + ".");
            }
            if (agency.level().isLocal() && agency.district() == null) {
                file.error(path + ".district", "cơ quan cấp huyện hoặc cấp xã phải ghi địa bàn (district).",
                        "Ghi id địa bàn trong " + DISTRICTS + ", ví dụ: district: mo-duc");
            }
            if (agency.parent() != null && !agencyIds.contains(agency.parent())) {
                file.error(path + ".parent", "cơ quan cấp trên \"" + agency.parent() + "\" không có trong danh sách.",
                        Suggestions.didYouMean(agency.parent(), agencyIds) + "Ghi id của một cơ quan trong tệp này.");
            }
            if (agency.id().equals(agency.parent())) {
                file.error(path + ".parent", "một cơ quan không thể là cấp trên của chính nó.", null);
            }
        }
    }
}
