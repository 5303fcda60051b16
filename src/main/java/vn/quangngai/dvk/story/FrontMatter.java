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
        // line by line without splitting the whole text: the body is most of it
        int lineStart = 0;
        int yamlStart = -1;
        for (int number = 0; ; number++) {
            int end = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, end < 0 ? text.length() : end);
            if (number == 0) {
                if (!line.strip().equals(FENCE)) {
                    throw InvalidSourceException.of(Problem.error(file, 1, null,
                            "tệp phải bắt đầu bằng dòng \"---\" mở phần thông tin (front matter).",
                            "Dòng đầu tiên ghi đúng ba dấu gạch ngang ---, sau đó là các trường title, date, agency …, rồi một dòng --- nữa."));
                }
                yamlStart = end < 0 ? text.length() : end + 1;
            } else if (line.strip().equals(FENCE)) {
                String yaml = lineStart == yamlStart ? "" : text.substring(yamlStart, lineStart - 1);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, number + 2);
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        throw InvalidSourceException.of(Problem.error(file, 1, null,
                "phần thông tin mở bằng \"---\" ở dòng 1 nhưng không có dòng \"---\" đóng lại.",
                "Thêm một dòng chỉ có --- sau trường cuối cùng, trước nội dung bài."));
    }
}
