package vn.quangngai.dvk.bake;

import freemarker.template.TemplateScalarModel;
import java.util.Objects;

/**
 * A story's body in its page model: its HTML is made when the template reads it, on the thread
 * that renders the page, so a build never holds every story's HTML at once. Two bodies are equal
 * when their file and Markdown are, which is what a warm build compares ({@link RenderCache}).
 */
final class Body implements TemplateScalarModel {

    private final Markdown markdown;
    private final String file;
    private final String source;

    Body(Markdown markdown, String file, String source) {
        this.markdown = markdown;
        this.file = file;
        this.source = source;
    }

    @Override
    public String getAsString() {
        return markdown.toHtml(file, source);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body body && file.equals(body.file) && source.equals(body.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, source);
    }

    @Override
    public String toString() {
        return "Body[" + file + "]";
    }
}
