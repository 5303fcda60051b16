package vn.quangngai.dvk.story;

import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

/**
 * Splits an entry into its YAML front matter (between a first line {@code ---} and the next line
 * {@code ---}) and its Markdown body, keeping the line numbers of both.
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    public static FrontMatter split(String text, String file) {
        if (text.isBlank()) {
            throw InvalidSourceException.of(Problem.error(file, 1, null, "tệp trống.",
                    "Tạo bài mới bằng lệnh new, hoặc chép một bài có sẵn rồi sửa."));
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals(FENCE)) {
            throw InvalidSourceException.of(Problem.error(file, 1, null,
                    "tệp phải bắt đầu bằng dòng \"---\" mở phần thông tin (front matter).",
                    "Dòng đầu tiên ghi đúng ba dấu gạch ngang ---, sau đó là các trường title, date, agency …, rồi một dòng --- nữa."));
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        throw InvalidSourceException.of(Problem.error(file, 1, null,
                "phần thông tin mở bằng \"---\" ở dòng 1 nhưng không có dòng \"---\" đóng lại.",
                "Thêm một dòng chỉ có --- sau trường cuối cùng, trước nội dung bài."));
    }
}
