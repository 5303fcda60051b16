package vn.quangngai.dvk.editor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.History;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.image.Variant;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * The editor's pages and its JSON API, under {@link #PREFIX}. Reads are open to this machine; every
 * write (POST) needs the session's token and this server's Origin ({@link WriteGuard}), and writes
 * only story files ({@link StoryStore}) and photos ({@link PhotoUpload}). Pages are fixed files:
 * everything they show from the story is put in by their script as text, never as HTML.
 */
public final class EditorHandler implements HttpHandler {

    public static final String PREFIX = "/bien-tap/";
    private static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    private static final Map<String, String> FILES = Map.of(
            "bien-tap.css", "text/css; charset=utf-8",
            "danh-sach.js", "text/javascript; charset=utf-8",
            "bieu-mau.js", "text/javascript; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Markdown for HTML pasted into "Nội dung" (the preview passes {@link vn.quangngai.dvk.edit.PasteCleaner}). */
    public interface PasteConverter {
        String toMarkdown(String html);
    }

    private final Path source;
    private final StoryStore store;
    private final PhotoUpload photos;
    private final UnsavedPreview preview;
    private final WriteGuard guard;
    private final PasteConverter paste;

    public EditorHandler(Path source, Path work, int port, UnaryOperator<vn.quangngai.dvk.site.Settings> adjust, PasteConverter paste) {
        this.source = source.toAbsolutePath().normalize();
        this.store = new StoryStore(source);
        // work is beside the preview's output: the photos sent here are made once, into the cache
        // the preview's builds (and the unsaved preview's) take them from
        this.photos = new PhotoUpload(source, ImagePipeline.cacheBeside(work));
        this.preview = new UnsavedPreview(source, work, adjust);
        this.guard = new WriteGuard(port);
        this.paste = paste;
    }

    public String token() {
        return guard.token();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path;
        try {
            path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        } catch (IllegalArgumentException e) {
            text(exchange, 400, "Địa chỉ không hợp lệ.");
            return;
        }
        String method = exchange.getRequestMethod();
        String rest = path.substring(PREFIX.length() - 1);
        try {
            if (method.equals("POST")) {
                String refusal = guard.refusal(exchange.getRequestHeaders());
                if (refusal != null) {
                    text(exchange, 403, refusal);
                    return;
                }
                post(exchange, rest);
            } else if (method.equals("GET") || method.equals("HEAD")) {
                get(exchange, rest);
            } else {
                text(exchange, 405, "Trang biên tập chỉ nhận GET và POST.");
            }
        } catch (IllegalArgumentException e) {
            text(exchange, 400, "Yêu cầu không hợp lệ: địa chỉ bài chỉ gồm chữ thường không dấu, số và dấu gạch ngang, "
                    + "và không trùng tên Windows dành riêng (" + vn.quangngai.dvk.source.WindowsNames.LISTED + "): thêm một chữ, ví dụ con-duong.");
        }
    }

    private void get(HttpExchange exchange, String rest) throws IOException {
        if (rest.equals("/")) {
            page(exchange, "danh-sach.html");
        } else if (rest.equals("/moi/") || rest.matches("/sua/[^/]+/")) {
            page(exchange, "bieu-mau.html");
        } else if (rest.startsWith("/tep/") && FILES.containsKey(rest.substring(5))) {
            send(exchange, 200, FILES.get(rest.substring(5)), resource(rest.substring(5)));
        } else if (rest.equals("/api/bai")) {
            json(exchange, 200, JSON.valueToTree(store.list(registry(new Problems()), LocalDate.now())));
        } else if (rest.startsWith("/api/bai/")) {
            String slug = rest.substring("/api/bai/".length());
            StoryStore.Opened opened = store.open(slug);
            if (opened == null) {
                json(exchange, 404, message("Không có bài content/mo-hinh/" + slug + ".md."));
                return;
            }
            ObjectNode out = JSON.createObjectNode();
            out.set("form", JSON.valueToTree(StoryForm.of(slug, opened.text())));
            out.put("sha256", opened.sha256());
            out.put("text", opened.text());
            out.put("published", store.published(slug));
            json(exchange, 200, out);
        } else if (rest.equals("/api/anh-nho")) {
            Variant small = photos.small(query(exchange, "src"));
            if (small == null) {
                text(exchange, 404, "Không có ảnh này trong assets/anh/, hoặc không dùng được (xem lỗi của ảnh trong biểu mẫu).");
                return;
            }
            send(exchange, 200, "image/jpeg", Files.readAllBytes(small.file())); // the pipeline publishes JPEG only
        } else if (rest.equals("/api/danh-muc")) {
            json(exchange, 200, catalog(query(exchange, "ngay")));
        } else if (rest.startsWith("/xem-truoc/")) {
            servePreview(exchange, rest.substring("/xem-truoc/".length()));
        } else {
            text(exchange, 404, "Không có trang này trong phần biên tập. Về danh sách: " + PREFIX);
        }
    }

    private void post(HttpExchange exchange, String rest) throws IOException {
        switch (rest) {
            case "/api/kiem-tra" -> {
                StoryForm form = form(readBody(exchange).path("form"));
                ObjectNode out = JSON.createObjectNode();
                out.set("problems", JSON.valueToTree(FormCheck.check(form, registry(new Problems()))));
                out.put("text", form.toText());
                json(exchange, 200, out);
            }
            case "/api/xem-truoc" -> {
                JsonNode body = readBody(exchange);
                StoryForm form = form(body.path("form"));
                if (!StoryStore.validSlug(form.slug())) {
                    json(exchange, 422, message("Chưa có địa chỉ bài: hãy ghi Tên mô hình."));
                    return;
                }
                UnsavedPreview.Result result = preview.render(form, body.path("openedSlug").asText(""));
                ObjectNode out = JSON.createObjectNode();
                if (result.page() != null) {
                    out.put("url", PREFIX + "xem-truoc/" + result.page());
                }
                out.set("problems", JSON.valueToTree(result.problems()));
                json(exchange, 200, out);
            }
            case "/api/luu" -> save(exchange, readBody(exchange));
            case "/api/anh" -> upload(exchange);
            case "/api/dan" -> {
                if (paste == null) {
                    json(exchange, 501, message("Chưa có bộ chuyển nội dung dán; văn bản được dán như chữ thường."));
                    return;
                }
                String html = readBody(exchange).path("html").asText("");
                ObjectNode out = JSON.createObjectNode();
                out.put("markdown", paste.toMarkdown(html));
                json(exchange, 200, out);
            }
            default -> text(exchange, 404, "Không có thao tác này.");
        }
    }

    private void save(HttpExchange exchange, JsonNode body) throws IOException {
        StoryForm form = form(body.path("form"));
        String opened = body.path("openedSlug").asText("");
        String expected = body.path("sha256").asText("");
        if (!StoryStore.validSlug(form.slug())) {
            json(exchange, 422, message("Chưa lưu: bài cần một địa chỉ (ghi Tên mô hình, địa chỉ được đề xuất từ tên)."));
            return;
        }
        boolean moving = !opened.isEmpty() && !opened.equals(form.slug());
        if (moving && store.published(opened)) {
            json(exchange, 409, message("Chưa lưu: bài đã xuất bản ở địa chỉ /mo-hinh/" + opened
                    + "/, địa chỉ đó không đổi được nữa (các liên kết đến bài sẽ hỏng)."));
            return;
        }
        List<FormCheck.FieldProblem> problems = FormCheck.check(form, registry(new Problems()));
        if (!form.draft() && FormCheck.hasErrors(problems)) {
            ObjectNode out = message("Chưa lưu: bài còn lỗi. Sửa các lỗi được đánh dấu, hoặc chọn Trạng thái \"Bản nháp\" để lưu tạm.");
            out.set("problems", JSON.valueToTree(problems));
            json(exchange, 422, out);
            return;
        }
        String text = form.toText();
        try {
            String sha = store.save(form.slug(), text, moving ? "" : expected);
            if (moving) {
                store.removeDraft(opened, expected);
            }
            ObjectNode out = message(form.draft() ? "Đã lưu bản nháp content/mo-hinh/" + form.slug() + ".md."
                    : "Đã lưu content/mo-hinh/" + form.slug() + ".md; trang xem trước được dựng lại.");
            out.put("sha256", sha);
            out.put("slug", form.slug());
            out.put("published", store.published(form.slug()));
            out.set("problems", JSON.valueToTree(problems));
            json(exchange, 200, out);
        } catch (StoryStore.Conflict conflict) {
            ObjectNode out = message(conflict.disk().isEmpty() && !moving
                    ? "Chưa lưu: tệp content/mo-hinh/" + form.slug() + ".md đã bị xóa hoặc chưa từng có, trong khi bạn sửa."
                    : "Chưa lưu: tệp content/mo-hinh/" + form.slug() + ".md đã có hoặc đã được sửa ở nơi khác (đồng nghiệp, trình soạn thảo, git) "
                            + "từ khi bạn mở. Dưới đây là cả hai bản: chép phần cần giữ vào biểu mẫu, rồi tải lại trang để sửa tiếp trên bản mới.");
            out.put("disk", conflict.disk());
            out.put("mine", text);
            json(exchange, 409, out);
        }
    }

    private void upload(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length);
        } catch (NumberFormatException e) {
            declared = -1;
        }
        InputStream in = exchange.getRequestBody();
        try {
            String src = photos.store(in, declared, query(exchange, "slug"));
            ObjectNode out = message("Đã tải ảnh lên: assets/" + src + ".");
            out.put("src", src);
            json(exchange, 200, out);
        } catch (PhotoUpload.Refused refused) {
            // read what the browser is still sending (up to a bound), or it sees a reset connection
            // instead of the Vietnamese message
            drain(in, 4 * PhotoUpload.MAX_BYTES);
            json(exchange, refused.getMessage().startsWith("Ảnh lớn") ? 413 : 415, message(refused.getMessage()));
        } finally {
            in.close();
        }
    }

    private static void drain(InputStream in, long most) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while (read < most && (n = in.read(buffer)) > 0) {
                read += n;
            }
        } catch (IOException closed) {
            // the answer is sent anyway
        }
    }

    private StoryForm form(JsonNode node) {
        try {
            return JSON.treeToValue(node, StoryForm.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("form", e);
        }
    }

    private JsonNode readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes((int) MAX_FORM_BYTES + 1);
            if (bytes.length > MAX_FORM_BYTES) {
                throw new IllegalArgumentException("too large");
            }
            return JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("json", e);
        }
    }

    private Registry registry(Problems problems) {
        return new RegistryReader(source, problems).read();
    }

    /** The registry for the pickers: agencies, districts and communes that existed on {@code day} (today if not a date). */
    private JsonNode catalog(String day) {
        LocalDate date = day(day);
        Problems problems = new Problems();
        Registry registry = registry(problems);
        ObjectNode out = JSON.createObjectNode();
        if (registry == null) {
            out.set("problems", JSON.valueToTree(problems.list().stream().map(Problem::toString).toList()));
            return out;
        }
        History history = registry.history();
        ArrayNode agencies = out.putArray("agencies");
        for (Agency a : registry.agencies()) {
            if (history.existedOn(a.id(), date)) {
                ObjectNode item = entry(a.id(), a.name());
                item.put("district", a.district() == null ? "" : a.district());
                agencies.add(item);
            }
        }
        ArrayNode districts = out.putArray("districts");
        registry.districts().stream().filter(d -> history.existedOn(d.id(), date)).forEach(d -> districts.add(entry(d.id(), d.name())));
        ArrayNode communes = out.putArray("communes");
        history.communes().stream().filter(c -> history.existedOn(c.id(), date)).forEach(c -> communes.add(entry(c.id(), c.name())));
        ArrayNode fields = out.putArray("fields");
        registry.fields().forEach(f -> fields.add(entry(f.id(), f.name())));
        // every name, also of units gone by that date: a story written before keeps showing
        // "Ủy ban nhân dân huyện Mộ Đức", not its id, though the pickers no longer offer it
        ObjectNode names = out.putObject("allNames");
        ObjectNode agencyNames = names.putObject("agencies");
        registry.agencies().forEach(a -> agencyNames.put(a.id(), a.name()));
        ObjectNode districtNames = names.putObject("districts");
        registry.districts().forEach(d -> districtNames.put(d.id(), d.name()));
        ObjectNode communeNames = names.putObject("communes");
        history.communes().forEach(c -> communeNames.put(c.id(), c.name()));
        out.put("date", date.toString());
        return out;
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? LocalDate.now() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDate.now();
        }
    }

    /** A picker entry: its id, its name and the name folded as search folds it, so that "mo duc" finds "Mộ Đức". */
    private static ObjectNode entry(String id, String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        ObjectNode item = JSON.createObjectNode();
        item.put("id", id);
        item.put("name", oneLine);
        item.put("folded", Vietnamese.fold(oneLine));
        return item;
    }

    private void servePreview(HttpExchange exchange, String relative) throws IOException {
        Path root = preview.site().toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            text(exchange, 403, "Không được phép.");
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            text(exchange, 404, "Chưa có bản xem trước này.");
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") ? "image/jpeg" : name.endsWith(".webp") ? "image/webp"
                : name.endsWith(".json") ? "application/json" : "application/octet-stream";
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static String query(HttpExchange exchange, String key) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(key)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void page(HttpExchange exchange, String name) throws IOException {
        String html = new String(resource(name), StandardCharsets.UTF_8).replace("{{token}}", guard.token());
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' blob: data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EditorHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static ObjectNode message(String text) {
        ObjectNode out = JSON.createObjectNode();
        out.put("message", text);
        return out;
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (body + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
