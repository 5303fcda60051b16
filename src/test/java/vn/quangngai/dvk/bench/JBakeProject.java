package vn.quangngai.dvk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The plain JBake project the benchmark bakes with stock JBake and with FastOven: the same
 * stories as JBake posts, and simple Freemarker templates doing what our site's pages do — a
 * page per story with its tags and previous/next links, the paginated list of all stories (the
 * index, 20 a page), a page per tag listing its stories (our agency, district and field pages), an
 * archive, a feed of every story's summary, a sitemap — with JBake's default renderers.
 */
final class JBakeProject {

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("jbake.properties", """
                    site.host=http://127.0.0.1:8820
                    render.index=true
                    index.paginate=true
                    index.posts_per_page=20
                    render.archive=true
                    render.feed=true
                    render.sitemap=true
                    render.tags=true
                    markdown.extensions=TABLES,AUTOLINKS,FENCED_CODE_BLOCKS
                    db.store=memory
                    """),
            Map.entry("assets/css/site.css", """
                    body { font-family: system-ui, sans-serif; max-width: 48rem; margin: auto; }
                    """),
            Map.entry("templates/header.ftl", """
                    <!DOCTYPE html>
                    <html lang="vi"><head><meta charset="utf-8"><title>${(content.title)!"Dân vận khéo"}</title>
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <link href="${content.rootpath!}css/site.css" rel="stylesheet"></head>
                    <body><header><a href="${content.rootpath!}index.html">Dân vận khéo</a>
                    <a href="${content.rootpath!}archive.html">Tất cả</a></header><main>
                    """),
            Map.entry("templates/footer.ftl", """
                    </main><footer>JBake ${version}</footer></body></html>
                    """),
            Map.entry("templates/post.ftl", """
                    <#include "header.ftl">
                    <article><h1>${content.title}</h1><p>${content.date?string("dd/MM/yyyy")}</p>
                    <p>${content.summary!}</p>
                    <p><#list content.tags![] as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a> </#list></p>
                    ${content.body}</article>
                    <nav><#if content.previousContent??><a rel="prev" href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title}</a></#if>
                    <#if content.nextContent??><a rel="next" href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title}</a></#if></nav>
                    <#include "footer.ftl">
                    """),
            Map.entry("templates/page.ftl", """
                    <#include "header.ftl">
                    <article><h1>${content.title}</h1>${content.body}</article>
                    <#include "footer.ftl">
                    """),
            Map.entry("templates/index.ftl", """
                    <#include "header.ftl">
                    <h1>Các mô hình</h1>
                    <#list published_posts as post><article><h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
                    <p>${post.date?string("dd/MM/yyyy")}</p><p>${post.summary!}</p></article>
                    </#list>
                    <nav><#if previousFileName??><a rel="prev" href="${content.rootpath}${previousFileName}">Trang trước</a></#if>
                    ${currentPageNumber}/${numberOfPages}
                    <#if nextFileName??><a rel="next" href="${content.rootpath}${nextFileName}">Trang sau</a></#if></nav>
                    <#include "footer.ftl">
                    """),
            Map.entry("templates/tags.ftl", """
                    <#include "header.ftl">
                    <h1>${tag}</h1>
                    <#list tag_posts as post><article><h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
                    <p>${post.date?string("dd/MM/yyyy")}</p><p>${post.summary!}</p></article>
                    </#list>
                    <#include "footer.ftl">
                    """),
            Map.entry("templates/archive.ftl", """
                    <#include "header.ftl">
                    <h1>Tất cả mô hình</h1>
                    <ul><#list published_posts as post><li>${post.date?string("dd/MM/yyyy")} <a href="${post.uri}">${post.title}</a></li>
                    </#list></ul>
                    <#include "footer.ftl">
                    """),
            Map.entry("templates/feed.ftl", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Dân vận khéo</title><id>${config.site_host}/</id>
                    <updated>${published_date?string("yyyy-MM-dd'T'HH:mm:ssXXX")}</updated>
                    <#list published_posts as post><entry><title>${post.title}</title><id>${config.site_host}/${post.uri}</id>
                    <updated>${post.date?string("yyyy-MM-dd")}T00:00:00+07:00</updated><summary>${post.summary!}</summary></entry>
                    </#list></feed>
                    """),
            Map.entry("templates/sitemap.ftl", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <#list published_content as content><url><loc>${config.site_host}/${content.uri}</loc></url>
                    </#list></urlset>
                    """));

    private JBakeProject() {
    }

    /** Writes the settings, templates and stylesheet; the posts go to {@code content/blog/}. */
    static void write(Path root) throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(root.resolve("content/blog"));
    }
}
