package vn.quangngai.dvk.oven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.bench.PlainJBake;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A plain JBake project in JBake's own format, baked by stock {@code new Oven(config).bake()}
 * (OrientDB memory store, JBake's renderers) and by {@link FastOven}: the two outputs must be the
 * same files, byte for byte. The one thing stock JBake puts in a page that depends on when it
 * runs is {@code published_date} (the time of rendering); the feed prints it in
 * {@code <lastBuildDate>}, and only that element is blanked before comparing.
 *
 * <p>Both ovens run through {@link PlainJBake}, which hides this project's own rendering tools
 * (they render only a dan-van-kheo site) from the class path the ovens search, as in a JBake install.
 */
class FastOvenTest {

    private static final Pattern FILE_HEADER = Pattern.compile("(?m)^-- (.+?) --$");
    private static final Pattern BUILD_DATE = Pattern.compile("<lastBuildDate>[^<]*</lastBuildDate>");

    /** Posts with distinct dates (OrientDB orders equal dates by its storage layout), one draft among them. */
    static final String PROJECT = """
            -- jbake.properties --
            site.host=http://example.org
            render.tags=true
            render.sitemap=true
            index.paginate=true
            index.posts_per_page=2
            markdown.extensions=TABLES,AUTOLINKS,FENCED_CODE_BLOCKS
            -- content/blog/2024/dan-van-kheo.md --
            title=Dân vận khéo ở xã
            date=2024-03-05
            type=post
            status=published
            tags=dan-van,xa
            ~~~~~~
            ## Cách làm

            - Gần dân, *hiểu* dân.
            - Trọng dân.

            | việc | kết quả |
            |---|---|
            | hồ sơ | đúng hẹn |
            -- content/blog/2024/ban-nhap.md --
            title=Bản nháp
            date=2024-04-01
            type=post
            status=draft
            tags=xa
            ~~~~~~
            Chưa xuất bản.
            -- content/blog/2024/mot-cua.html --
            title=Một cửa & một dấu
            date=2024-05-20
            type=post
            status=published
            tags=cai-cach,dan-van
            ~~~~~~
            <p>Thủ tục <b>gọn</b> hơn.</p>
            -- content/blog/2023/dau-tien.md --
            title=Bài đầu tiên
            date=2023-12-31
            type=post
            status=published
            tags=xa
            ~~~~~~
            Bài viết đầu tiên, có [liên kết](http://example.org/).
            -- content/blog/2024/moi-nhat.md --
            title=Mới nhất
            date=2024-06-01
            type=post
            status=published
            ~~~~~~
            Không có thẻ.
            -- content/about.html --
            title=Giới thiệu
            date=2023-01-01
            type=page
            status=published
            tags=dan-van
            ~~~~~~
            <p>Về trang này.</p>
            -- content/lien-he.md --
            title=Liên hệ
            date=2023-02-01
            type=page
            status=published
            ~~~~~~
            Trang **liên hệ**.
            -- data/site.yaml --
            tagline: Trang thử
            -- assets/css/site.css --
            body { margin: 0 }
            -- templates/header.ftl --
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>${(content.title)!"JBake"}</title>
            <link href="${content.rootpath!}css/site.css" rel="stylesheet"></head><body>
            <p>${data.get('site.yaml').tagline} — JBake ${version}</p>
            -- templates/footer.ftl --
            </body></html>
            -- templates/index.ftl --
            <#include "header.ftl">
            <#list published_posts as post>
            <h2><a href="${post.uri}">${post.title}</a></h2><p>${post.date?string("yyyy-MM-dd")}</p>${post.body}
            </#list>
            <p>${db.getPublishedPages().size()} trang, ${db.getPublishedPosts()?size} bài</p>
            <p><#if previousFileName??><a href="${previousFileName}">trước</a></#if> ${currentPageNumber}/${numberOfPages}
            <#if nextFileName??><a href="${nextFileName}">sau</a></#if></p>
            <#include "footer.ftl">
            -- templates/post.ftl --
            <#include "header.ftl">
            <h1>${content.title}</h1><p>${content.date?string("dd MMMM yyyy")} ${content.status}</p>
            ${content.body}
            <p><#list content.tags![] as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a> </#list></p>
            <#if content.previousContent??><a rel="prev" href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title} ${content.previousContent?keys?size}</a></#if>
            <#if content.nextContent??><a rel="next" href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title}</a></#if>
            <#include "footer.ftl">
            -- templates/page.ftl --
            <#include "header.ftl">
            <h1>${content.title}</h1>${content.body}
            <ul><#list published_pages as page><li>${page.title}</li></#list></ul>
            <#include "footer.ftl">
            -- templates/tags.ftl --
            <#include "header.ftl">
            <h1>${tag}</h1>
            <ul><#list tag_posts as post><li>${post.date?string("yyyy-MM")} <a href="${content.rootpath}${post.uri}">${post.title}</a></li></#list></ul>
            <p><#list tagged_documents as doc>${doc.title}; </#list></p>
            <#include "footer.ftl">
            -- templates/archive.ftl --
            <#include "header.ftl">
            <ul><#list published_posts as post><li>${post.date?string("MMMM yyyy")} ${post.title}</li></#list></ul>
            <p><#list tags as tag>${tag.name} (${tag.tagged_posts?size}/${tag.tagged_documents?size}) </#list></p>
            <p><#list alltags?sequence?sort as tag>${tag} </#list></p>
            <p><#list all_content as doc>${doc.uri} </#list></p>
            <p><#list posts as doc>${doc.title} ${doc.status}; </#list></p>
            <#include "footer.ftl">
            -- templates/feed.ftl --
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>JBake</title>
            <lastBuildDate>${published_date?string("EEE, d MMM yyyy HH:mm:ss Z")}</lastBuildDate>
            <#list published_posts as post><item><title>${post.title}</title><link>${config.site_host}/${post.uri}</link>
            <pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate></item></#list>
            </channel></rss>
            -- templates/sitemap.ftl --
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset><#list published_content as content><url><loc>${config.site_host}/${content.uri}</loc>
            <lastmod>${content.date?string("yyyy-MM-dd")}</lastmod></url></#list></urlset>
            """;

    @TempDir
    static Path root;
    static Map<String, byte[]> stock;
    static Map<String, byte[]> fast;

    @BeforeAll
    static void bakeTwice() throws IOException {
        Path source = root.resolve("src");
        write(source, PROJECT);
        assertThat(PlainJBake.bake(PlainJBake.Kind.STOCK, source, root.resolve("stock"))).isEmpty();
        assertThat(PlainJBake.bake(PlainJBake.Kind.FAST, source, root.resolve("fast"))).isEmpty();
        stock = files(root.resolve("stock"));
        fast = files(root.resolve("fast"));
    }

    @Test
    void fastOvenWritesTheSameFilesAsStockJBake() {
        assertThat(fast.keySet()).containsExactlyElementsOf(stock.keySet());
        stock.forEach((path, bytes) -> assertThat(fast.get(path)).as(() -> path + ":\n" + text(fast, path)).isEqualTo(bytes));
    }

    @Test
    void theComparedSiteHasEveryKindOfPage() {
        assertThat(stock.keySet()).contains("index.html", "2/index.html", "archive.html", "feed.xml",
                "sitemap.xml", "tags/xa.html", "tags/dan-van.html", "about.html", "lien-he.html", "css/site.css",
                "blog/2024/ban-nhap-draft.html", "blog/2024/mot-cua.html");
    }

    @Test
    void previousIsOlderAndNextIsNewerSkippingDrafts() {
        String post = text(stock, "blog/2024/dan-van-kheo.html");
        assertThat(post).contains("rel=\"prev\" href=\"../../blog/2023/dau-tien.html\">Bài đầu tiên 3</a>")
                .contains("rel=\"next\" href=\"../../blog/2024/mot-cua.html\">Một cửa & một dấu</a>");
        assertThat(text(stock, "blog/2024/moi-nhat.html")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(text(stock, "blog/2023/dau-tien.html")).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(text(stock, "blog/2024/ban-nhap-draft.html"))
                .contains("href=\"../../blog/2024/dan-van-kheo.html\"").contains("href=\"../../blog/2024/mot-cua.html\"");
    }

    @Test
    void onlyTheBuildDateOfTheFeedWasBlanked() {
        assertThat(text(stock, "feed.xml")).contains("<lastBuildDate></lastBuildDate>")
                .contains("<pubDate>");
    }

    private static void write(Path root, String files) {
        Matcher header = FILE_HEADER.matcher(files);
        String path = null;
        int start = 0;
        while (header.find()) {
            if (path != null) {
                TestSite.put(root, path, files.substring(start, header.start()));
            }
            path = header.group(1);
            start = header.end() + 1;
        }
        TestSite.put(root, path, files.substring(start));
    }

    private static String text(Map<String, byte[]> site, String path) {
        return new String(site.get(path), StandardCharsets.UTF_8);
    }

    /** Every file of a baked site by relative path, with the feed's build date blanked. */
    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String path = site.relativize(file).toString().replace('\\', '/');
                if (path.equals("feed.xml")) {
                    String feed = new String(bytes, StandardCharsets.UTF_8);
                    bytes = BUILD_DATE.matcher(feed).replaceAll("<lastBuildDate></lastBuildDate>").getBytes(StandardCharsets.UTF_8);
                }
                files.put(path, bytes);
            }
        }
        return files;
    }
}
