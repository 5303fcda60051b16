package vn.quangngai.dvk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.quangngai.dvk.data.District;
import vn.quangngai.dvk.data.Field;
import vn.quangngai.dvk.data.Registry;

/**
 * The one generator of synthetic stories, for the benchmark and for {@code search/SearchBench},
 * deterministic: story {@code i} depends only on the seed and {@code i}, so the first 1,000
 * stories of a 10,000-story site are those of the 1,000-story site. Each has about 1,000 words of
 * Vietnamese with tone marks under {@code ##} headings, a list and a table, one agency, its
 * district or up to two others, one to three fields. The text is a shuffle of common
 * administrative words plus made-up village and commune names, so that the vocabulary keeps
 * growing with the number of stories, as real stories name places: the search index is measured
 * at scale with it. It states nothing about any real model, and is never published.
 *
 * <p>The same stories are written in two formats: ours (YAML front matter, {@code content/mo-hinh/})
 * and JBake's own ({@code key=value} header ended by {@code ~~~~~~}, agency, districts and fields as
 * {@code tags}).
 */
public final class StoryGenerator {

    /** An agency a story can name, with the district a local agency implies (or null). */
    public record Agency(String id, String district) {
    }

    public record Story(String slug, String title, LocalDate date, String agency, List<String> districts, List<String> fields,
                        String summary, String body) {
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 6 * 365;
    private static final String[] WORDS = ("cán bộ|công chức|người dân|thủ tục|hồ sơ|giải quyết|kịp thời|đúng hẹn|tận tình|"
            + "lắng nghe|ý kiến|phản ánh|kiến nghị|địa phương|thôn|xã|phường|tổ dân phố|mô hình|phong trào|thi đua|dân vận|"
            + "khéo léo|hiệu quả|thiết thực|gần gũi|Nhân dân|chính quyền|cơ sở|hướng dẫn|tuyên truyền|vận động|hỗ trợ|sản xuất|"
            + "kinh doanh|nông nghiệp|an sinh|xã hội|môi trường|vệ sinh|đường giao thông|nông thôn mới|hộ nghèo|người có công|"
            + "chính sách|pháp luật|đối thoại|tiếp công dân|cải cách hành chính|bộ phận một cửa|trực tuyến|điện thoại|kết quả|"
            + "đánh giá|hằng tháng|hằng năm|đã|được|và|của|cho|với|trong|các|những|nhiều|thường xuyên|chủ động|phối hợp|"
            + "đoàn thể|Mặt trận|hội viên|phụ nữ|thanh niên|nông dân|cựu chiến binh|trường học|trạm y tế|ngư dân|tàu cá|"
            + "vùng biển|hải đảo|rừng trồng|cây ăn quả|đất đai|tái định cư|mặt bằng|bồi thường|đồng thuận|niềm tin|trách nhiệm|"
            + "minh bạch|công khai|lịch sự|thân thiện|đúng quy định|nhanh chóng|thuận lợi|tiết kiệm|chi phí|thời gian|"
            + "gia đình|học sinh|người cao tuổi|đồng bào|miền núi|khó khăn|vươn lên|ổn định|cuộc sống|việc làm|thu nhập|"
            + "tập huấn|kỹ năng|ứng xử|văn hóa|công sở|nề nếp|kỷ cương|gương mẫu|đi đầu|trên hết|sát dân|hiểu dân|trọng dân").split("\\|");
    private static final String[] ONSETS = {"b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph",
        "qu", "s", "t", "th", "tr", "v", "x", ""};
    private static final String[] RHYMES = {"a", "ai", "an", "ang", "anh", "ao", "ăn", "âm", "ân", "âu", "e", "en", "ê", "ênh",
        "i", "iên", "inh", "o", "oa", "oan", "ong", "ô", "ông", "ơ", "ơn", "u", "ung", "uy", "ư", "ưng", "ương", "ươc"};
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    private static final String[] HEADINGS = {"Mô hình là gì", "Cách làm", "Những việc đã làm", "Kết quả", "Ý kiến của người dân",
            "Bài học kinh nghiệm", "Hướng tiếp theo"};

    /** The month of the report the generated stories tell of, and a day in it. */
    static final String AS_OF = "2023-08";
    private static final LocalDate REPORT_DAY = LocalDate.of(2023, 8, 15);

    private final long seed;
    private final List<Agency> agencies;
    private final List<String> districts;
    private final List<String> fields;

    StoryGenerator(long seed, List<Agency> agencies, List<String> districts, List<String> fields) {
        this.seed = seed;
        this.agencies = List.copyOf(agencies);
        this.districts = List.copyOf(districts);
        this.fields = List.copyOf(fields);
    }

    /**
     * Stories naming the registry's agencies, districts and fields, and the {@code extra} agencies.
     * Like the shipped stories, they tell of the 2023 report ({@link #AS_OF}), so they name only
     * agencies that existed then, and build without a warning whatever their date.
     */
    public static StoryGenerator of(Registry registry, List<Agency> extra, long seed) {
        List<Agency> agencies = new ArrayList<>();
        registry.agencies().stream().filter(a -> registry.history().existedOn(a.id(), REPORT_DAY))
                .forEach(a -> agencies.add(new Agency(a.id(), a.district())));
        agencies.addAll(extra);
        return new StoryGenerator(seed, agencies, registry.districts().stream().map(District::id).toList(),
                registry.fields().stream().map(Field::id).toList());
    }

    /** Writes stories 0 to {@code count - 1} into {@code source}/content/mo-hinh/ in our format. */
    public void write(Path source, int count) throws IOException {
        Files.createDirectories(source.resolve("content/mo-hinh"));
        for (int i = 0; i < count; i++) {
            writeOurs(source, story(i));
        }
    }

    /** Synthetic commune agencies added to a copy of co-quan.yaml, spread over the districts: YAML lines and records. */
    public static List<Agency> syntheticAgencies(int count, List<String> districts, StringBuilder yaml) {
        List<Agency> added = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String number = "%04d".formatted(i);
            String district = districts.get(i % districts.size());
            String id = "ubnd-xa-tong-hop-" + number;
            yaml.append("  - id: ").append(id).append('\n')
                    .append("    name: Ủy ban nhân dân xã Tổng Hợp ").append(number).append('\n')
                    .append("    short: UBND xã Tổng Hợp ").append(number).append('\n')
                    .append("    level: xa\n    kind: ubnd\n    district: ").append(district).append('\n');
            added.add(new Agency(id, district));
        }
        return added;
    }

    Story story(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        String slug = "mo-hinh-tong-hop-%05d".formatted(i + 1);
        String title = capitalize(words(random, 3 + random.nextInt(3))) + " " + (i + 1);
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Agency agency = agencies.get(random.nextInt(agencies.size()));
        List<String> storyDistricts = new ArrayList<>();
        if (agency.district() == null) {
            for (int k = random.nextInt(3); k > 0; k--) {
                String district = districts.get(random.nextInt(districts.size()));
                if (!storyDistricts.contains(district)) {
                    storyDistricts.add(district);
                }
            }
        }
        List<String> storyFields = new ArrayList<>();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            String field = fields.get(random.nextInt(fields.size()));
            if (!storyFields.contains(field)) {
                storyFields.add(field);
            }
        }
        String summary = sentence(random, 14 + random.nextInt(8));
        return new Story(slug, title, date, agency.id(), storyDistricts, storyFields, summary, body(random));
    }

    /** content/mo-hinh/SLUG.md in our format. */
    static void writeOurs(Path source, Story story) throws IOException {
        String text = "---\n"
                + "title: \"" + story.title() + "\"\n"
                + "date: " + story.date() + "\n"
                + "as_of: " + AS_OF + "\n"
                + "agency: " + story.agency() + "\n"
                + (story.districts().isEmpty() ? "" : "districts: [" + String.join(", ", story.districts()) + "]\n")
                + "fields: [" + String.join(", ", story.fields()) + "]\n"
                + "summary: \"" + story.summary() + "\"\n"
                + "---\n" + story.body();
        Files.writeString(source.resolve("content/mo-hinh/" + story.slug() + ".md"), text, StandardCharsets.UTF_8);
    }

    /** content/blog/SLUG.md in JBake's own format: a published post tagged with its agency, districts and fields. */
    static void writeJBake(Path source, Story story) throws IOException {
        List<String> tags = new ArrayList<>();
        tags.add(story.agency());
        tags.addAll(story.districts());
        tags.addAll(story.fields());
        String text = "title=" + story.title() + "\n"
                + "date=" + story.date() + "\n"
                + "type=post\n"
                + "status=published\n"
                + "tags=" + String.join(",", tags) + "\n"
                + "summary=" + story.summary() + "\n"
                + "~~~~~~\n" + story.body();
        Files.writeString(source.resolve("content/blog/" + story.slug() + ".md"), text, StandardCharsets.UTF_8);
    }

    /** About 1,000 words: an introduction naming a village and a commune, then sections with paragraphs, a list and a table. */
    private static String body(SplittableRandom random) {
        StringBuilder body = new StringBuilder(8_000);
        body.append(paragraph(random)).append(" Người dân thôn ").append(name(random, 2)).append(" và xã ")
                .append(name(random, 2)).append(" cùng tham gia.\n\n");
        for (String heading : HEADINGS) {
            body.append("## ").append(heading).append("\n\n");
            body.append(paragraph(random)).append("\n\n");
            if (heading.equals("Cách làm")) {
                for (int k = 0; k < 5; k++) {
                    body.append("- ").append(sentence(random, 6 + random.nextInt(6))).append('\n');
                }
                body.append('\n');
            }
            if (heading.equals("Kết quả")) {
                body.append("| Nội dung | Năm trước | Năm nay |\n|---|---:|---:|\n");
                for (int k = 0; k < 4; k++) {
                    body.append("| ").append(capitalize(words(random, 3))).append(" | ")
                            .append(number(random)).append(" | ").append(number(random)).append(" |\n");
                }
                body.append('\n');
            }
        }
        return body.toString();
    }

    /** A made-up proper name of Vietnamese syllables with tone marks, such as "Phước Lâm". */
    private static String name(SplittableRandom random, int syllables) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < syllables; i++) {
            String rhyme = RHYMES[random.nextInt(RHYMES.length)];
            String syllable = Normalizer.normalize(ONSETS[random.nextInt(ONSETS.length)] + rhyme.charAt(0)
                    + TONES[random.nextInt(TONES.length)] + rhyme.substring(1), Normalizer.Form.NFC);
            parts.add(Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1));
        }
        return String.join(" ", parts);
    }

    private static String paragraph(SplittableRandom random) {
        return IntStream.range(0, 4 + random.nextInt(2))
                .mapToObj(k -> sentence(random, 12 + random.nextInt(8)))
                .collect(Collectors.joining(" "));
    }

    private static String sentence(SplittableRandom random, int words) {
        return capitalize(words(random, words)) + ".";
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String number(SplittableRandom random) {
        int value = random.nextInt(20_000);
        return value >= 1_000 ? value / 1_000 + "." + "%03d".formatted(value % 1_000) : Integer.toString(value);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
