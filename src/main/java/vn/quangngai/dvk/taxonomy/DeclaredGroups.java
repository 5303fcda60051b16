package vn.quangngai.dvk.taxonomy;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import vn.quangngai.dvk.paging.Pager;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.source.YamlDocument;

/**
 * Entries grouped by a {@link Declaration}: the terms (those of its data file, in that file's
 * order, or else the values found, by name), each with its entries in the declared order and in
 * pages. An entry naming a value the data file does not list is an error at that entry's line.
 */
public final class DeclaredGroups {

    /** A term as the data file names and describes it. */
    public record TermData(String id, String name, String description) {
    }

    /**
     * An entry of the site (a JBake document): its source file relative to the site, title,
     * date (null when it has none) and address, and its front-matter values for the key.
     */
    public record Entry<T>(String file, String title, Date date, T document, List<String> values) {
    }

    /** A term with its entries in order. */
    public record Group<T>(TermData term, List<Entry<T>> entries) {

        /** The entries of each page, in order; a term with no entry has one empty page. */
        public List<List<Entry<T>>> pages(int size) {
            return new Pager(entries.size(), size).slices().stream().map(s -> entries.subList(s.from(), s.to())).toList();
        }
    }

    /** What a term's id may be: it is a folder of the term's address. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final String ID_HINT = "chữ thường không dấu, số, '-' hoặc '_' (một phần của địa chỉ trang)";

    private DeclaredGroups() {
    }

    /**
     * The terms a data file lists: YAML or JSON, a list of {@code id} (a folder name),
     * {@code name} and an optional {@code description}.
     *
     * @throws InvalidSourceException listing every mistake, at its line
     */
    public static List<TermData> terms(String text, String file) {
        YamlDocument document = YamlDocument.parse(text, file, 1);
        JsonNode root = document.root();
        if (!root.isArray()) {
            throw InvalidSourceException.of(Problem.error(file, 1, null, "phải là một danh sách các mục.",
                    "Mỗi mục một dòng \"- id: …\", rồi \"name: …\" và (nếu muốn) \"description: …\"."));
        }
        List<Problem> problems = new ArrayList<>();
        List<TermData> terms = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String at = "[" + i + "]";
            String id = node.path("id").isValueNode() ? node.path("id").asText().strip() : "";
            String name = node.path("name").isValueNode() ? node.path("name").asText().strip() : "";
            String description = node.path("description").isValueNode() ? node.path("description").asText().strip() : null;
            if (!ID.matcher(id).matches()) {
                problems.add(Problem.error(file, document.lineOf(at + ".id"), at + ".id",
                        id.isEmpty() ? "thiếu id." : "id \"" + id + "\" không hợp lệ.", "Hợp lệ: " + ID_HINT + "."));
            } else if (seen.putIfAbsent(id, document.lineOf(at + ".id")) != null) {
                problems.add(Problem.error(file, document.lineOf(at + ".id"), at + ".id", "id \"" + id + "\" đã có ở dòng " + seen.get(id) + ".",
                        "Mỗi mục một id riêng."));
            }
            if (name.isEmpty()) {
                problems.add(Problem.error(file, document.lineOf(at + ".name"), at + ".name", "thiếu name.", "Tên mục, như người đọc thấy."));
            }
            terms.add(new TermData(id, name, description == null || description.isEmpty() ? null : description));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return List.copyOf(terms);
    }

    /**
     * The values of a front-matter field as terms: a list's items, or a text split at commas
     * (JBake's own header format has no lists), trimmed, empty ones left out.
     */
    public static List<String> values(Object field) {
        List<String> values = new ArrayList<>();
        if (field instanceof Collection<?> items) {
            items.forEach(item -> values.addAll(values(item)));
        } else if (field instanceof Object[] items) {
            for (Object item : items) {
                values.addAll(values(item));
            }
        } else if (field != null) {
            for (String part : field.toString().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    /**
     * @param terms   the data file's terms, or null when the declaration has none
     * @param lineOf  the line of the key in an entry's file, for errors
     */
    public static <T> List<Group<T>> group(Declaration declaration, List<TermData> terms, List<Entry<T>> entries,
                                           ToIntFunction<Entry<T>> lineOf, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<String, TermData> known = new LinkedHashMap<>();
        if (terms != null) {
            terms.forEach(t -> known.put(t.id(), t));
        }
        Map<String, List<Entry<T>>> byTerm = new LinkedHashMap<>();
        known.keySet().forEach(id -> byTerm.put(id, new ArrayList<>()));
        List<Problem> problems = new ArrayList<>();
        for (Entry<T> entry : entries) {
            for (String value : entry.values().stream().distinct().toList()) {
                if (terms == null && !ID.matcher(value).matches()) {
                    problems.add(Problem.error(entry.file(), lineOf.applyAsInt(entry), declaration.key(),
                            "\"" + value + "\" không dùng được làm địa chỉ trang.",
                            "Viết giá trị bằng " + ID_HINT + ", hoặc khai báo tệp dữ liệu (taxonomy." + declaration.name()
                                    + ".data) đặt tên hiển thị cho từng id."));
                    continue;
                }
                if (terms != null && !known.containsKey(value)) {
                    problems.add(Problem.error(entry.file(), lineOf.applyAsInt(entry), declaration.key(),
                            "\"" + value + "\" không có trong " + declaration.data() + ".",
                            "Các giá trị hợp lệ: " + String.join(", ", known.keySet()) + "; hoặc thêm mục này vào " + declaration.data() + "."));
                    continue;
                }
                byTerm.computeIfAbsent(value, v -> new ArrayList<>()).add(entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        Comparator<Entry<T>> byTitle = Comparator.comparing(e -> e.title() == null ? "" : e.title(), collator);
        Comparator<Entry<T>> newest = Comparator.comparing((Entry<T> e) -> e.date(), Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<Entry<T>> order = switch (declaration.order()) {
            case NEWEST -> newest.thenComparing(byTitle);
            case OLDEST -> Comparator.comparing((Entry<T> e) -> e.date(), Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byTitle);
            case TITLE -> byTitle.thenComparing(newest);
        };
        List<Group<T>> groups = new ArrayList<>();
        byTerm.forEach((id, list) -> {
            if (list.isEmpty() && !declaration.emptyPages()) {
                return;
            }
            list.sort(order.thenComparing(Entry::file));
            groups.add(new Group<>(known.getOrDefault(id, new TermData(id, id, null)), List.copyOf(list)));
        });
        if (terms == null) {
            groups.sort(Comparator.comparing((Group<T> g) -> g.term().name(), collator));
        }
        return List.copyOf(groups);
    }
}
