package vn.quangngai.dvk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import vn.quangngai.dvk.testing.TestSite;

/**
 * Writes any number of valid stories in Vietnamese with tone marks, for measuring the search index
 * at scale. Sentences, titles and summaries are drawn from the shipped stories (so words come with
 * their real frequencies), agencies, districts and fields from the registry; each story adds a few
 * made-up place names and figures, as real stories name villages and numbers, so the vocabulary
 * keeps growing with the number of stories. The same seed writes the same files.
 */
final class SyntheticStories {

    private static final String[] ONSETS = {"b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph",
        "qu", "s", "t", "th", "tr", "v", "x", ""};
    private static final String[] RHYMES = {"a", "ai", "an", "ang", "anh", "ao", "ăn", "âm", "ân", "âu", "e", "en", "ê", "ênh",
        "i", "iên", "inh", "o", "oa", "oan", "ong", "ô", "ông", "ơ", "ơn", "u", "ung", "uy", "ư", "ưng", "ương", "ươc"};
    private static final List<String> FIGURE_LABELS = List.of("hồ sơ được giải quyết", "hộ dân tham gia",
            "lượt người được tuyên truyền", "mét vuông đất được hiến", "triệu đồng tiết kiệm");
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    private final List<String> sentences = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<JsonNode> agencies = new ArrayList<>();
    private final List<String> districts = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final Random random;

    SyntheticStories(Path project, long seed) {
        this.random = new Random(seed);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(project.resolve("content/mo-hinh"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                int end = text.indexOf("\n---", 4);
                JsonNode front = yaml.readTree(text.substring(4, end));
                titles.add(front.get("title").asText());
                sentences.add(front.get("summary").asText());
                for (String sentence : text.substring(end + 4).replaceAll("(?m)^#+ .*$", "").split("(?<=[.!?])\\s+")) {
                    if (sentence.isBlank() || sentence.contains("|")) {
                        continue;
                    }
                    sentences.add(sentence.strip().replaceAll("\\s+", " "));
                }
            }
            yaml.readTree(project.resolve("data/co-quan.yaml").toFile()).get("agencies").forEach(agencies::add);
            yaml.readTree(project.resolve("data/dia-ban.yaml").toFile()).get("districts").forEach(d -> districts.add(d.get("id").asText()));
            yaml.readTree(project.resolve("data/linh-vuc.yaml").toFile()).get("fields").forEach(f -> fields.add(f.get("id").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code count} stories into {@code source}/content/mo-hinh/. */
    void write(Path source, int count) {
        for (int i = 1; i <= count; i++) {
            TestSite.put(source, "content/mo-hinh/mo-hinh-%05d.md".formatted(i), story(i));
        }
    }

    private String story(int number) {
        JsonNode agency = pick(agencies);
        String place = name(2);
        String title = words(pick(titles), 4 + random.nextInt(8)) + " ở thôn " + place;
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        text.append("date: ").append(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1400))).append('\n');
        text.append("agency: ").append(agency.get("id").asText()).append('\n');
        if (!agency.hasNonNull("district") && random.nextBoolean()) {
            text.append("districts: [").append(pick(districts)).append("]\n");
        }
        text.append("fields: [").append(pick(fields)).append("]\n");
        text.append("summary: ").append(quoted("Mô hình ở thôn " + place + ". " + pick(sentences))).append('\n');
        text.append("figures:\n  - value: \"Hơn ").append(10 + random.nextInt(5000)).append("\"\n    label: \"")
                .append(pick(FIGURE_LABELS)).append("\"\n");
        text.append("---\n## Mô hình là gì\n\n");
        paragraph(text, 3 + random.nextInt(5));
        text.append("Người dân thôn ").append(place).append(" và xã ").append(name(2)).append(" cùng tham gia.\n\n## Kết quả\n\n");
        paragraph(text, 2 + random.nextInt(5));
        text.append("Đến năm ").append(2020 + random.nextInt(4)).append(", ông ").append(name(3)).append(" cho biết đã có ")
                .append(random.nextInt(900) + 100).append(" hộ tham gia.\n");
        return text.toString();
    }

    private void paragraph(StringBuilder text, int sentenceCount) {
        for (int i = 0; i < sentenceCount; i++) {
            text.append(pick(sentences)).append(' ');
        }
        text.append("\n\n");
    }

    /** A made-up proper name of Vietnamese syllables with tone marks: "Phước Lâm". */
    private String name(int syllables) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < syllables; i++) {
            String rhyme = pick(List.of(RHYMES));
            String syllable = pick(List.of(ONSETS)) + rhyme.charAt(0) + pick(List.of(TONES)) + rhyme.substring(1);
            syllable = Normalizer.normalize(syllable, Normalizer.Form.NFC);
            parts.add(Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1));
        }
        return String.join(" ", parts);
    }

    private static String words(String text, int count) {
        String[] words = text.replace("\"", "").split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(count, words.length)));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
