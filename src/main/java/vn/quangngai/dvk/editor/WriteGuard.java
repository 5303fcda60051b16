package vn.quangngai.dvk.editor;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Who may write: a request that carries this session's token (only the editor's own pages have
 * it) in {@link #HEADER}, from a page of this server ({@code Origin}). A page of another site open
 * in the same browser can send a request here, but it cannot read the token, and its Origin is its own.
 */
public final class WriteGuard {

    public static final String HEADER = "X-DVK-Token";

    private final String token;
    private final List<String> origins;

    public WriteGuard(int port) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
        this.origins = List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    public String token() {
        return token;
    }

    /** Null when the request may write; otherwise why not, in Vietnamese. */
    public String refusal(Headers headers) {
        List<String> given = headers.get(HEADER);
        if (given == null || given.size() != 1 || !MessageDigest.isEqual(given.get(0).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return "Yêu cầu ghi không có mã phiên hợp lệ. Mở lại trang biên tập từ " + origins.get(0) + "/bien-tap/ rồi thử lại.";
        }
        List<String> origin = headers.get("Origin");
        if (origin == null || origin.size() != 1 || !origins.contains(origin.get(0))) {
            return "Yêu cầu ghi không đến từ trang biên tập của máy này (Origin: "
                    + (origin == null ? "không có" : String.join(", ", origin)) + "). Mở trang biên tập từ " + origins.get(0) + "/bien-tap/.";
        }
        return null;
    }
}
