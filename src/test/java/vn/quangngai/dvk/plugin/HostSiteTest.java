package vn.quangngai.dvk.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.bench.PlainJBake;
import vn.quangngai.dvk.testing.TestSite;

/**
 * Another JBake site, with no registry and no story type, its own templates, a post and a page:
 * with our classes on the class path it bakes exactly as stock JBake alone bakes it, and our
 * tools say once that they do nothing here.
 */
class HostSiteTest {

    static final String HOST_SITE = """
            -- jbake.properties --
            site.host=http://example.org
            render.tags=false
            render.archive=false
            render.sitemap=false
            render.feed=true
            render.index=true
            -- content/blog/2024/first.md --
            title=First post
            date=2024-03-05
            type=post
            status=published
            ~~~~~~
            Hello *world*.
            -- content/about.md --
            title=About
            date=2024-01-01
            type=page
            status=published
            ~~~~~~
            About this **site**.
            -- assets/css/style.css --
            body { margin: 0 }
            -- templates/index.ftl --
            <!DOCTYPE html><title>Home</title><#list published_posts as post><a href="${post.uri}">${post.title}</a></#list>
            -- templates/post.ftl --
            <!DOCTYPE html><title>${content.title}</title><h1>${content.title}</h1>${content.body}
            -- templates/page.ftl --
            <!DOCTYPE html><title>${content.title}</title><h1>${content.title}</h1>${content.body}
            <#list published_pages as page>${page.title}</#list>
            -- templates/feed.ftl --
            <?xml version="1.0"?><rss version="2.0"><channel><title>Host</title>
            <#list published_posts as post><item><title>${post.title}</title><link>${config.site_host}/${post.uri}</link></item></#list>
            </channel></rss>
            """;

    @Test
    void aSiteThatIsNotOursBakesAsWithoutOurClasses(@TempDir Path temp) throws IOException {
        Path source = write(temp.resolve("src"), HOST_SITE);
        assertThat(PlainJBake.bake(PlainJBake.Kind.STOCK, source, temp.resolve("alone"))).isEmpty();

        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(),
                temp.resolve("with-ours").toFile(), true));
        oven.bake();

        assertThat(oven.getErrors()).isEmpty();
        Map<String, byte[]> alone = StockOvenTest.files(temp.resolve("alone"));
        Map<String, byte[]> withOurs = StockOvenTest.files(temp.resolve("with-ours"));
        assertThat(alone.keySet()).contains("index.html", "feed.xml", "about.html", "blog/2024/first.html", "css/style.css");
        assertThat(withOurs.keySet()).containsExactlyElementsOf(alone.keySet());
        alone.forEach((path, bytes) -> assertThat(withOurs.get(path)).as(path).isEqualTo(bytes));
    }

    /** Through JBake's launcher, logging at INFO as JBake's own distribution does. */
    @Test
    void ourToolsSayOnceThatTheyDoNothingHere(@TempDir Path temp) throws Exception {
        Path source = write(temp.resolve("src"), HOST_SITE);
        LauncherTest.Run run = LauncherTest.launch(temp, source, temp.resolve("out"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=info");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output().split("Dân vận khéo: không dùng ở trang này", -1)).as(run.output()).hasSize(2);
        assertThat(temp.resolve("out/blog/2024/first.html")).exists();
    }

    static Path write(Path root, String files) throws IOException {
        java.util.regex.Matcher header = java.util.regex.Pattern.compile("(?m)^-- (.+?) --$").matcher(files);
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
        Files.createDirectories(root);
        return root;
    }
}
