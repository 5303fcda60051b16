package vn.quangngai.dvk.source;

import java.util.List;

/**
 * The YAML parser's English phrases, said in Vietnamese with the usual cause and its fix. Only
 * phrases a writer of front matter meets are here; any other keeps the parser's words, in brackets.
 */
final class YamlErrors {

    record Said(String message, String hint) {
    }

    private record Phrase(String english, String message, String hint) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase("found character '\\t'", "có ký tự Tab ở chỗ YAML cần dấu cách.",
                    "Xóa ký tự Tab và gõ dấu cách thay vào (thụt lề bằng hai dấu cách)."),
            new Phrase("while scanning a quoted scalar", "một dấu ngoặc kép được mở mà không đóng lại.",
                    "Thêm dấu \" ở cuối giá trị, ví dụ: summary: \"…\""),
            new Phrase("mapping values are not allowed here", "có dấu hai chấm (:) ở chỗ YAML không chấp nhận.",
                    "Giá trị có dấu hai chấm phải nằm trong ngoặc kép: summary: \"…: …\". Tên trường viết sát lề trái, "
                            + "không có dấu cách phía trước."),
            new Phrase("while parsing a flow sequence", "dấu ngoặc vuông [ được mở mà không đóng lại.",
                    "Thêm ] ở cuối danh sách, ví dụ: fields: [y-te, tu-phap]"),
            new Phrase("while parsing a flow mapping", "dấu ngoặc nhọn { được mở mà không đóng lại.",
                    "Bỏ dấu { }, hoặc đặt cả giá trị trong ngoặc kép."),
            new Phrase("while scanning a simple key", "một dòng thiếu dấu hai chấm sau tên trường, hoặc thiếu dấu cách sau dấu hai chấm "
                    + "(dòng sai có thể là dòng ngay trên).", "Viết: tên trường, dấu hai chấm, một dấu cách, giá trị — ví dụ agency: so-y-te"),
            new Phrase("could not find expected ':'", "một dòng thiếu dấu hai chấm sau tên trường.",
                    "Viết: tên trường, dấu hai chấm, một dấu cách, giá trị — ví dụ agency: so-y-te"),
            new Phrase("sequence entries are not allowed here", "có dấu gạch ngang (-) ở chỗ không được phép.",
                    "Giá trị bắt đầu bằng dấu - phải nằm trong ngoặc kép: summary: \"- …\""),
            new Phrase("while parsing a block collection", "các mục của danh sách (dòng bắt đầu bằng -) không thẳng cột.",
                    "Trong figures: dòng \"- value:\" lùi 2 dấu cách, dòng \"label:\" lùi 4 dấu cách, thẳng cột với chữ value."),
            new Phrase("while parsing a block mapping", "dòng này thụt lề không khớp với các dòng trên, hoặc có chữ thừa sau một giá trị.",
                    "Các trường chính (title, date, agency …) viết sát lề trái; sau dấu ngoặc kép đóng không ghi thêm gì."));

    private YamlErrors() {
    }

    /** @param original the parser's whole message (several lines) */
    static Said say(String original) {
        String text = original == null ? "" : original;
        for (Phrase phrase : PHRASES) {
            if (text.contains(phrase.english())) {
                return new Said("lỗi cú pháp YAML: " + phrase.message(), phrase.hint());
            }
        }
        return new Said("lỗi cú pháp YAML (" + text.lines().findFirst().orElse("").trim() + ").",
                "Kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách, và đặt giá trị có dấu hai chấm trong ngoặc kép.");
    }
}
