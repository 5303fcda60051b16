package vn.quangngai.dvk.cli;

import java.nio.file.Path;
import java.util.Set;
import vn.quangngai.dvk.site.Settings;

/** The parsed command line; every mistake is an IllegalArgumentException with a message for the user. */
record Options(String command, Path source, Path out, int port, String baseUrl, String agency, String title, Path titleFile,
               boolean open) {

    /** {@code --title -}: the title is read from standard input, where no code page conversion loses letters. */
    static final Path STANDARD_INPUT = Path.of("-");

    static final int DEFAULT_PORT = 8820;
    private static final Set<String> COMMANDS = Set.of("check", "build", "serve", "new");

    static Options parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("Thiếu lệnh.");
        }
        String command = args[0];
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("Không có lệnh \"" + command + "\".");
        }
        Path source = Path.of(".");
        Path out = null;
        int port = DEFAULT_PORT;
        String baseUrl = null;
        String agency = null;
        String title = null;
        Path titleFile = null;
        boolean open = false;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--open")) {
                if (!command.equals("serve")) {
                    throw new IllegalArgumentException("--open chỉ dùng với lệnh serve.");
                }
                open = true;
                continue;
            }
            if (command.equals("new") && !option.startsWith("--")) {
                if (title != null || titleFile != null) {
                    throw new IllegalArgumentException("Chỉ ghi một tên mô hình, đặt trong ngoặc kép: \"Tên mô hình\".");
                }
                title = option;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Tùy chọn " + option + " cần một giá trị.");
            }
            String value = args[++i];
            switch (option) {
                case "--source" -> source = Path.of(value);
                case "--out" -> {
                    if (command.equals("check") || command.equals("new")) {
                        throw new IllegalArgumentException("--out không dùng với lệnh " + command + ".");
                    }
                    out = Path.of(value);
                }
                case "--port" -> {
                    if (!command.equals("serve")) {
                        throw new IllegalArgumentException("--port chỉ dùng với lệnh serve.");
                    }
                    port = port(value);
                }
                case "--agency" -> {
                    if (!command.equals("new")) {
                        throw new IllegalArgumentException("--agency chỉ dùng với lệnh new.");
                    }
                    agency = value;
                }
                case "--title", "--title-file" -> {
                    if (!command.equals("new")) {
                        throw new IllegalArgumentException(option + " chỉ dùng với lệnh new.");
                    }
                    if (titleFile != null || title != null) {
                        throw new IllegalArgumentException("Chỉ ghi một tên mô hình.");
                    }
                    if (option.equals("--title") && !value.equals("-")) {
                        title = value;
                    } else {
                        titleFile = Path.of(value);
                    }
                }
                case "--base-url" -> {
                    if (command.equals("check")) {
                        throw new IllegalArgumentException("--base-url không dùng với lệnh check.");
                    }
                    if (!Settings.isAbsoluteWebUrl(value)) {
                        throw new IllegalArgumentException("--base-url \"" + value + "\" không phải địa chỉ web đầy đủ; ghi dạng https://ten-mien/duong-dan/");
                    }
                    baseUrl = value;
                }
                default -> throw new IllegalArgumentException("Không có tùy chọn \"" + option + "\".");
            }
        }
        if (command.equals("new") && ((titleFile == null && (title == null || title.isBlank())) || agency == null)) {
            throw new IllegalArgumentException("Lệnh new cần tên mô hình và cơ quan, ví dụ: new --agency so-y-te \"Tên mô hình\"");
        }
        if (!command.equals("new") && title != null) {
            throw new IllegalArgumentException("Không hiểu \"" + title + "\".");
        }
        // the preview's pages carry the preview's address: keep them apart from the site to publish
        Path defaultOut = command.equals("serve") ? Path.of("target", "preview") : Path.of("target", "site");
        return new Options(command, source, out == null ? defaultOut : out, port, baseUrl, agency, title, titleFile, open);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cổng \"" + value + "\" không hợp lệ: ghi một số từ 1 đến 65535.");
        }
    }
}
