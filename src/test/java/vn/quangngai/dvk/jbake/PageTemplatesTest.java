package vn.quangngai.dvk.jbake;

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
 * Our pages are rendered by {@link PageTemplates}, not by JBake's engine: a template sees its page
 * and the model extractors' lists, and nothing that would let it run code or read files.
 */
class PageTemplatesTest {

    static final String TEMPLATE = """
            ${content.title} ${content.uri} <#list content.tags as t>[${t}]</#list>
            items=<#list test_items as i>${i};</#list>
            <#list ["config", "version", "db", "data", "renderer", "nobody_gives_this"] as name><#if .vars[name]??>${name} given </#if></#list>
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
        page.setType("page");
        page.setTitle("Dân vận khéo & <gọn>");
        page.setUri("mo-hinh/a.html");
        page.setTags(new String[] {"dân vận", "xã"});
    }

    @AfterEach
    void forgetTheTestExtractor() {
        ModelExtractors.getInstance().reset();
    }

    private PageTemplates templates() {
        return new PageTemplates(config, PageTemplates.freemarker(config), store);
    }

    @Test
    void aTemplateSeesItsPageAndTheExtractorsListsButNotJBakesObjects() throws Exception {
        StringWriter ours = new StringWriter();
        templates().render(page, "page.ftl", ours);

        assertThat(ours.toString()).contains("Dân vận khéo & <gọn> mo-hinh/a.html [dân vận][xã]", "items=Sở Y tế;Bình Sơn;")
                .doesNotContain("given");
    }

    @Test
    void aTemplateThatDoesNotParseFailsItsPageWithJBakesMessageNotTheSetUp() throws Exception {
        DelegatingTemplateEngine jbake = new DelegatingTemplateEngine(store, config);
        TemplateModel model = new TemplateModel();
        model.setContent(page);
        Throwable theirs = catchThrowable(() -> jbake.renderDocument(model, "broken.ftl", new StringWriter()));

        PageTemplates templates = templates();
        // parsed once while setting up, and again for the page: the error keeps its line and column
        assertThatThrownBy(() -> templates.render(page, "broken.ftl", new StringWriter()))
                .isInstanceOf(RenderingException.class).hasMessage(theirs.getMessage())
                .hasMessageContaining("broken.ftl").hasMessageContaining("line 1");
    }

    @Test
    void aTemplateFileThatDoesNotExistNamesTheKeyAndTheValue() {
        assertThatThrownBy(() -> templates().render(page, "none.ftl", new StringWriter()))
                .isInstanceOf(RenderingException.class)
                .hasMessage("jbake.properties: template.page.file=none.ftl: không có tệp templates/none.ftl; "
                        + "ghi tên một tệp .ftl có trong thư mục templates, ví dụ: template.page.file=page.ftl");
    }

    @Test
    void aTemplateNameWithoutTheFreemarkerExtensionNamesTheValidForm() throws Exception {
        Files.writeString(source.resolve("templates/page"), TEMPLATE, StandardCharsets.UTF_8);
        StringWriter written = new StringWriter();
        assertThatThrownBy(() -> templates().render(page, "page", written))
                .isInstanceOf(RenderingException.class)
                .hasMessage("jbake.properties: template.page.file=page: mẫu trang phải là một tệp Freemarker có đuôi .ftl "
                        + "trong thư mục templates; ví dụ: template.page.file=page.ftl");
        assertThat(written.toString()).isEmpty();
    }

    @Test
    void aTemplateCannotCreateJavaObjects() throws Exception {
        Files.writeString(source.resolve("templates/run.ftl"), "ok\n<#assign run = \"freemarker.template.utility.Execute\"?new()>"
                + "${run(\"java -version\")}ĐÃ CHẠY", StandardCharsets.UTF_8);
        StringWriter written = new StringWriter();
        assertThatThrownBy(() -> templates().render(page, "run.ftl", written))
                .isInstanceOf(RenderingException.class)
                .hasMessage("templates/run.ftl, dòng 2: mẫu trang không được tạo đối tượng Java (?new, ở đây "
                        + "\"freemarker.template.utility.Execute\"): việc đó có thể chạy lệnh hay đọc tệp trên máy dựng trang. "
                        + "Bỏ ?new khỏi mẫu trang; dữ liệu của trang có trong content.");
        assertThat(written.toString()).isEqualTo("ok\n");
    }

    @Test
    void aLaterBuildTakesTheParsedTemplatesAgainUnlessATemplateChangedEvenWithinOneSecond() throws Exception {
        freemarker.template.Configuration first = PageTemplates.freemarker(config);
        assertThat(PageTemplates.freemarker(config, first)).isSameAs(first);

        Path template = source.resolve("templates/page.ftl");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(template);
        Files.writeString(template, "phiên bản mới", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(template, time); // as a file system that keeps times to the second would show it
        freemarker.template.Configuration second = PageTemplates.freemarker(config, first);
        assertThat(second).isNotSameAs(first);
        StringWriter out = new StringWriter();
        second.getTemplate("page.ftl").process(java.util.Map.of(), out);
        assertThat(out.toString()).isEqualTo("phiên bản mới");
    }
}
