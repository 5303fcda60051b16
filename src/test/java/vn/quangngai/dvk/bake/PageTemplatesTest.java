package vn.quangngai.dvk.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.ModelExtractor;
import org.jbake.template.ModelExtractors;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our pages are rendered by {@link PageTemplates}, not by JBake's engine: for the same page and
 * template the two must write the same text, whatever kind of top-level name the template reads
 * (the page, the configuration, the version, the renderer, {@code db}, {@code data}, a model
 * extractor's list, a name nobody gives).
 */
class PageTemplatesTest {

    static final String TEMPLATE = """
            <#-- each kind of top-level name JBake's engine answers -->
            ${content.title} ${content.uri} <#list content.tags as t>[${t}]</#list>
            host=${config.site_host} encoding=${config.render_encoding}
            version=${version}
            <#if db??>db</#if> <#if data??>data</#if> <#if renderer??>renderer</#if>
            items=<#list test_items as i>${i};</#list>
            <#if nobody_gives_this??>given<#else>not given</#if>
            """;

    @TempDir
    Path source;
    @TempDir
    Path out;
    DefaultJBakeConfiguration config;
    ContentStore store;
    DocumentModel page;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(source.resolve("jbake.properties"), "site.host=https://example.vn/dvk\n");
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/page.ftl"), TEMPLATE, StandardCharsets.UTF_8);
        Files.writeString(source.resolve("templates/broken.ftl"), "<#if content??>unclosed ${content.title", StandardCharsets.UTF_8);
        config = JBakeSettings.load(source, out);
        store = new ContentStore("memory", "page-templates-test"); // never started: no lookup here reaches a database
        ModelExtractor<List<String>> items = (db, model, key) -> List.of("Sở Y tế", "Bình Sơn");
        ModelExtractors.getInstance().registerEngine("test_items", items);
        page = new DocumentModel();
        page.setTitle("Dân vận khéo & <gọn>");
        page.setUri("mo-hinh/a.html");
        page.setTags(new String[] {"dân vận", "xã"});
    }

    @AfterEach
    void forgetTheTestExtractor() {
        ModelExtractors.getInstance().reset();
    }

    @Test
    void writesWhatJBakesEngineWritesForTheSamePage() throws Exception {
        DelegatingTemplateEngine jbake = new DelegatingTemplateEngine(store, config);
        TemplateModel model = new TemplateModel();
        model.setContent(page);
        model.setRenderer(jbake);
        StringWriter theirs = new StringWriter();
        jbake.renderDocument(model, "page.ftl", theirs);

        StringWriter ours = new StringWriter();
        new PageTemplates(config, PageTemplates.freemarker(config), store, jbake).render(page, "page.ftl", ours);

        assertThat(ours.toString()).isEqualTo(theirs.toString())
                .contains("Dân vận khéo & <gọn> mo-hinh/a.html [dân vận][xã]", "host=https://example.vn/dvk encoding=UTF-8",
                        "version=" + config.getVersion(), "db data renderer", "items=Sở Y tế;Bình Sơn;", "not given");
    }

    @Test
    void aTemplateThatDoesNotParseFailsItsPageWithJBakesMessageNotTheSetUp() throws Exception {
        DelegatingTemplateEngine jbake = new DelegatingTemplateEngine(store, config);
        TemplateModel model = new TemplateModel();
        model.setContent(page);
        Throwable theirs = catchThrowable(() -> jbake.renderDocument(model, "broken.ftl", new StringWriter()));

        PageTemplates templates = new PageTemplates(config, PageTemplates.freemarker(config), store, jbake);
        // parsed once while setting up, and again for the page: the error keeps its line and column
        assertThatThrownBy(() -> templates.render(page, "broken.ftl", new StringWriter()))
                .isInstanceOf(RenderingException.class).hasMessage(theirs.getMessage())
                .hasMessageContaining("broken.ftl").hasMessageContaining("line 1");
    }

    @Test
    void aMissingTemplateFailsItsPageAsInJBake() throws Exception {
        DelegatingTemplateEngine jbake = new DelegatingTemplateEngine(store, config);
        PageTemplates templates = new PageTemplates(config, PageTemplates.freemarker(config), store, jbake);
        assertThatThrownBy(() -> templates.render(page, "none.ftl", new StringWriter()))
                .isInstanceOf(RenderingException.class).hasMessageContaining("none.ftl");
    }
}
