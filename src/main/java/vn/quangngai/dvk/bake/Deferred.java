package vn.quangngai.dvk.bake;

import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * Text in a page model that is made when the template reads it, on the thread that renders the
 * page: a build holds no page's text before the page renders. A story's HTML is made so; so is
 * every page's structured data, which, made with the models, was 57 MB kept in the old
 * generation for the whole build at 10,000 stories. Two are equal when the inputs they are made from are,
 * which is what a warm build compares ({@link vn.quangngai.dvk.incremental.RenderCache}).
 */
final class Deferred implements TemplateScalarModel {

    private final List<?> inputs;
    private final Supplier<String> text;

    /** @param inputs everything the text depends on, compared by {@code equals} */
    Deferred(List<?> inputs, Supplier<String> text) {
        this.inputs = inputs;
        this.text = text;
    }

    @Override
    public String getAsString() {
        return text.get();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Deferred deferred && inputs.equals(deferred.inputs);
    }

    @Override
    public int hashCode() {
        return inputs.hashCode();
    }

    @Override
    public String toString() {
        return "Deferred" + inputs;
    }
}
