package vn.quangngai.dvk.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The embeddable fragments ("Mô hình mới của …"): how many models each shows, and the origins of
 * the other sites allowed to show them in a frame ({@code frame-ancestors}, sent by the web server:
 * browsers ignore it in a page's meta element). No origin: only this site may frame them.
 */
public record Embed(List<String> origins, int count) {

    public static final Embed DEFAULT = new Embed(List.of(), 5);

    public Embed {
        origins = List.copyOf(origins);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }

    /** The value of {@code frame-ancestors}: this site, then the configured origins. */
    public String frameAncestors() {
        return origins.isEmpty() ? "'self'" : "'self' " + String.join(" ", origins);
    }

    /** {@code text} as an origin ("https://host[:port]", lower case), or null when it is not one. */
    static String origin(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || !bare
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return null;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
