package vn.quangngai.dvk.site;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

/**
 * The site-wide settings we read from {@code jbake.properties} (JBake reads the same file for its
 * own keys). {@code baseUrl} always ends with "/"; it makes canonical, feed and sitemap URLs.
 * {@code embed}: what the embeddable fragments show and which other sites may frame them.
 */
public record Settings(String baseUrl, String title, int pageSize, Embed embed) {

    public static final String FILE = "jbake.properties";
    public static final String BASE_URL = "site.host";
    public static final String TITLE = "site.title";
    public static final String PAGE_SIZE = "site.page.size";
    public static final String EMBED_ORIGINS = "site.embed.origins";
    public static final String EMBED_COUNT = "site.embed.count";
    /**
     * The address of the preview on this machine, which pages carry while no public address is set;
     * {@link #forPublication} refuses it, so that only the preview ever names this machine.
     */
    public static final String PREVIEW_URL = "http://127.0.0.1:8820/";

    public Settings(String baseUrl, String title, int pageSize) {
        this(baseUrl, title, pageSize, Embed.DEFAULT);
    }

    public Settings {
        if (!isAbsoluteWebUrl(baseUrl)) {
            throw new IllegalArgumentException("\"" + baseUrl + "\" không phải địa chỉ web đầy đủ; ghi dạng https://ten-mien/duong-dan/");
        }
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException(PAGE_SIZE + " must be at least 1, was " + pageSize);
        }
    }

    public static Settings read(Path source) {
        Properties properties = new Properties();
        Path file = source.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw InvalidSourceException.of(Problem.error(FILE, 0, null, "không tìm thấy tệp cấu hình.",
                    "Nguồn trang phải có tệp jbake.properties ở thư mục gốc."));
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw InvalidSourceException.of(Problem.error(FILE, 0, null, "không đọc được tệp cấu hình: " + e.getMessage(), null));
        }
        String baseUrl = properties.getProperty(BASE_URL, "").trim();
        if (baseUrl.isEmpty()) {
            baseUrl = PREVIEW_URL;
        } else if (!isAbsoluteWebUrl(baseUrl)) {
            throw InvalidSourceException.of(Problem.error(FILE, 0, BASE_URL, "\"" + baseUrl + "\" không phải địa chỉ web đầy đủ.",
                    "Ghi dạng https://ten-mien/duong-dan/"));
        }
        String pageSize = properties.getProperty(PAGE_SIZE, "20").trim();
        if (!pageSize.matches("[1-9][0-9]{0,4}")) {
            throw InvalidSourceException.of(Problem.error(FILE, 0, PAGE_SIZE, "\"" + pageSize + "\" không phải số bài mỗi trang hợp lệ.",
                    "Ghi một số nguyên dương, ví dụ: " + PAGE_SIZE + "=20"));
        }
        return new Settings(baseUrl, required(properties, TITLE, "ví dụ: site.title=Dân vận khéo"), Integer.parseInt(pageSize),
                embed(properties));
    }

    /**
     * The site's template folder ({@code template.folder}, JBake's key; {@code templates} when
     * unset or when the file cannot be read, which {@link #read} reports).
     */
    public static String templateFolder(Path source) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(source.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return "templates";
        }
        String folder = properties.getProperty("template.folder", "").trim();
        return folder.isEmpty() ? "templates" : folder;
    }

    /** Origins are separated by spaces: JBake splits a value with commas into a list. */
    private static Embed embed(Properties properties) {
        String count = properties.getProperty(EMBED_COUNT, Integer.toString(Embed.DEFAULT.count())).trim();
        if (!count.matches("[1-9][0-9]?")) {
            throw InvalidSourceException.of(Problem.error(FILE, 0, EMBED_COUNT, "\"" + count + "\" không phải số mô hình hợp lệ cho khung nhúng.",
                    "Ghi một số nguyên từ 1 đến 99, ví dụ: " + EMBED_COUNT + "=5"));
        }
        List<String> origins = new ArrayList<>();
        for (String origin : properties.getProperty(EMBED_ORIGINS, "").trim().split("\\s+")) {
            if (origin.isEmpty()) {
                continue;
            }
            String normalised = Embed.origin(origin);
            if (normalised == null) {
                throw InvalidSourceException.of(Problem.error(FILE, 0, EMBED_ORIGINS,
                        "\"" + origin + "\" không phải địa chỉ gốc (origin) của một trang web.",
                        "Ghi giao thức và tên miền, không có đường dẫn, các địa chỉ cách nhau bằng dấu cách, ví dụ: "
                                + EMBED_ORIGINS + "=https://ten-mien-cua-so.gov.vn; để trống nếu chỉ trang này được nhúng khung."));
            }
            if (!origins.contains(normalised)) {
                origins.add(normalised);
            }
        }
        return new Embed(origins, Integer.parseInt(count));
    }

    /** http or https, a host, no query or fragment: a folder on a web server. */
    public static boolean isAbsoluteWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String required(Properties properties, String key, String hint) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw InvalidSourceException.of(Problem.error(FILE, 0, key, "thiếu khóa \"" + key + "\".", hint));
        }
        return value.trim();
    }

    /**
     * These settings, for a site to publish: with an address the public can reach. A link to this
     * machine (127.0.0.1, localhost) in canonical links, the feed, the sitemap and robots.txt would
     * send every search engine and reader to their own computer.
     */
    public static Settings forPublication(Settings settings) {
        if (isLoopback(settings.baseUrl())) {
            throw InvalidSourceException.of(Problem.error(FILE, 0, BASE_URL,
                    "chưa có địa chỉ công khai của trang (" + settings.baseUrl() + " chỉ dùng để xem thử trên máy này); "
                            + "chưa xuất bản, vì liên kết chuẩn, bản tin (feed), sơ đồ trang (sitemap) và robots.txt phải ghi địa chỉ công khai.",
                    "Chạy build với --base-url và địa chỉ trang sẽ được đăng, ví dụ: build --base-url https://example.gov.vn/dan-van-kheo/ "
                            + "— hoặc ghi địa chỉ đó vào " + BASE_URL + " trong " + FILE + ". Để xem thử trên máy này, dùng lệnh serve."));
        }
        return settings;
    }

    private static boolean isLoopback(String url) {
        String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("0.0.0.0");
    }

    public Settings withBaseUrl(String url) {
        return new Settings(url, title, pageSize, embed);
    }

    public Settings withPageSize(int size) {
        return new Settings(baseUrl, title, size, embed);
    }

    public Settings withEmbed(Embed other) {
        return new Settings(baseUrl, title, pageSize, other);
    }
}
