package vn.quangngai.dvk.pages;

import java.util.List;
import java.util.function.Supplier;

/**
 * Text in a page model that is made when the template reads it, on the thread that renders the
 * page, so that a build holds no page's text before the page renders: a story's HTML, and every
 * page's structured data, which, made with the models, would stay in memory for the whole build.
 * Two are equal when the inputs they are made from are, which is what a warm build compares
 * ({@link vn.quangngai.dvk.incremental.RenderCache}).
 */
public final class Deferred {

    private final List<?> inputs;
    private final Supplier<String> text;

    /** @param inputs everything the text depends on, compared by {@code equals} */
    Deferred(List<?> inputs, Supplier<String> text) {
        this.inputs = inputs;
        this.text = text;
    }

    /** The text, made now. */
    public String text() {
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
