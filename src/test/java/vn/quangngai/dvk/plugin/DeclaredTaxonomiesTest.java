package vn.quangngai.dvk.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.TestSite;

/**
 * Another JBake site, in English, with other keys ({@code category} with a data file naming the
 * terms, {@code region} with none): it declares its groupings in jbake.properties and gets their
 * pages, in its own words and templates, from the same plugin with no Java of its own; its
 * mistakes fail the bake with the file, line and key, and what is valid.
 */
class DeclaredTaxonomiesTest {

    static final String SITE = """
            -- jbake.properties --
            site.host=http://example.org
            render.tags=false
            render.archive=false
            render.sitemap=false
            render.feed=false
            render.index=false
            taxonomies=category region
            taxonomy.category.data=data/categories.yaml
            taxonomy.category.path=categories
            taxonomy.category.page-size=2
            taxonomy.region.path=where
            taxonomy.region.order=title
            template.term.file=term.ftl
            template.terms.file=terms.ftl
            -- data/categories.yaml --
            - id: health
              name: Health care
              description: Clinics and doctors.
            - id: schools
              name: Schools
            - id: culture
              name: Culture
            -- content/blog/a.md --
            title=Clinic opens
            date=2024-03-05
            type=post
            status=published
            category=health
            region=north, coast
            ~~~~~~
            A clinic.
            -- content/blog/b.md --
            title=Vaccination day
            date=2024-04-01
            type=post
            status=published
            category=health
            region=north
            ~~~~~~
            Vaccines.
            -- content/blog/c.md --
            title=A doctor for the islands
            date=2024-01-20
            type=post
            status=published
            category=health,schools
            region=coast
            ~~~~~~
            A doctor.
            -- content/blog/d.md --
            title=Draft about schools
            date=2024-05-01
            type=post
            status=draft
            category=schools
            ~~~~~~
            Not yet.
            -- templates/post.ftl --
            <!DOCTYPE html><title>${content.title}</title>${content.body}
            -- templates/page.ftl --
            <!DOCTYPE html><title>${content.title}</title>${content.body}
            -- templates/term.ftl --
            <!DOCTYPE html><html lang="en"><title>${content.term.name}</title>
            <h1>Posts about ${content.term.name}</h1><#if content.term.description??><p class="about">${content.term.description}</p></#if>
            <ol><#list content.entries as post><li><a href="${content.rootpath}${post.uri}">${post.title}</a></li></#list></ol>
            <p class="page">Page ${content.pagination.number} of ${content.pagination.count}</p>
            <#if content.pagination.next != ""><a rel="next" href="${content.rootpath}${content.pagination.next}">Older</a></#if>
            <a class="all" href="${content.rootpath}${content.taxonomy.uri}">All</a>
            -- templates/terms.ftl --
            <!DOCTYPE html><html lang="en"><title>${content.taxonomy.name}</title>
            <ul><#list content.terms as term><li><a href="${content.rootpath}${term.uri}">${term.name}</a> (${term.count})</li></#list></ul>
            """;

    private static Oven oven(Path source, Path out) {
        return new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(), out.toFile(), true));
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
    }

    private static List<String> links(Document page, String selector) {
        return page.select(selector).eachText();
    }

    @Test
    void aSiteInAnotherLanguageGetsItsDeclaredGroupings(@TempDir Path temp) throws IOException {
        Path source = HostSiteTest.write(temp.resolve("src"), SITE);
        Path out = temp.resolve("out");
        Oven oven = oven(source, out);
        oven.bake();

        assertThat(oven.getErrors()).isEmpty();
        // a term of the data file: its name and description, newest first, two to a page
        Document health = page(out, "categories/health/index.html");
        assertThat(health.selectFirst("h1").text()).isEqualTo("Posts about Health care");
        assertThat(health.selectFirst("p.about").text()).isEqualTo("Clinics and doctors.");
        assertThat(links(health, "ol a")).containsExactly("Vaccination day", "Clinic opens");
        assertThat(health.selectFirst("ol a").attr("href")).isEqualTo("../../blog/b.html");
        assertThat(health.selectFirst("p.page").text()).isEqualTo("Page 1 of 2");
        assertThat(health.selectFirst("a[rel=next]").attr("href")).isEqualTo("../../categories/health/page-2/index.html");
        Document older = page(out, "categories/health/page-2/index.html");
        assertThat(links(older, "ol a")).containsExactly("A doctor for the islands");
        assertThat(older.selectFirst("ol a").attr("href")).isEqualTo("../../../blog/c.html");
        assertThat(older.select("a[rel=next]")).isEmpty();
        // a draft is not an entry; a term with no entry still has its page (empty-pages defaults to true)
        assertThat(links(page(out, "categories/schools/index.html"), "ol a")).containsExactly("A doctor for the islands");
        assertThat(links(page(out, "categories/culture/index.html"), "ol a")).isEmpty();
        // the list of terms, in the data file's order, with counts
        assertThat(links(page(out, "categories/index.html"), "li")).containsExactly("Health care (3)", "Schools (1)", "Culture (0)");

        // no data file: the values found are the terms, under the declared path, ordered by title
        assertThat(links(page(out, "where/index.html"), "li")).containsExactly("coast (2)", "north (2)");
        assertThat(links(page(out, "where/coast/index.html"), "ol a")).containsExactly("A doctor for the islands", "Clinic opens");
        // JBake's own pages are baked as usual
        assertThat(out.resolve("blog/a.html")).exists();
    }

    @Test
    void anEntryNamingAnUnknownTermFailsTheBakeAtItsLine(@TempDir Path temp) throws IOException {
        Path source = HostSiteTest.write(temp.resolve("src"), SITE.replace("category=health,schools", "category=health,shcools"));
        Path out = temp.resolve("out");
        Oven oven = oven(source, out);
        oven.bake();

        assertThat(oven.getErrors()).hasSize(1);
        assertThat(oven.getErrors().get(0).getMessage())
                .contains("content/blog/c.md:5: lỗi: [category] \"shcools\" không có trong data/categories.yaml.")
                .contains("Các giá trị hợp lệ: health, schools, culture");
        assertThat(out.resolve("categories")).doesNotExist();
    }

    @Test
    void aMisspeltSettingOrAMissingTemplateIsNamedWithWhatIsValid(@TempDir Path temp) throws IOException {
        Path source = HostSiteTest.write(temp.resolve("src"), SITE
                .replace("taxonomy.category.page-size=2", "taxonomy.category.pagesize=2\ntaxonomy.topic.path=topics")
                .replace("taxonomy.region.order=title", "taxonomy.region.order=alphabetical"));
        Oven oven = oven(source, temp.resolve("out"));
        oven.bake();
        String said = oven.getErrors().get(0).getMessage();
        assertThat(said).contains("jbake.properties:10: lỗi: [taxonomy.category.pagesize] không có thiết lập \"pagesize\".")
                .contains("page-size")
                .contains("jbake.properties:11: lỗi: [taxonomy.topic.path] \"topic\" không có trong danh sách taxonomies.")
                .contains("jbake.properties:13: lỗi: [taxonomy.region.order] giá trị \"alphabetical\" không hợp lệ. — Hợp lệ: newest, oldest hoặc title.");

        TestSite.put(source, "jbake.properties", Files.readString(source.resolve("jbake.properties"))
                .replace("taxonomy.category.pagesize=2\ntaxonomy.topic.path=topics\n", "")
                .replace("alphabetical", "title").replace("template.terms.file=terms.ftl\n", ""));
        Oven again = oven(source, temp.resolve("out2"));
        again.bake();
        assertThat(again.getErrors().get(0).getMessage()).contains("[template.terms.file] thiếu template cho loại \"terms\"")
                .contains("template.terms.file=TÊN-TỆP.ftl");
    }
}
