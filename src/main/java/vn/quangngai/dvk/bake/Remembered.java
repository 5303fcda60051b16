package vn.quangngai.dvk.bake;

import java.util.Map;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.search.WordCache;

/**
 * What a {@link Bakery} keeps from one build to the next. In a one-off build each part remembers
 * nothing beyond the build; in a warm process (the preview server) they let a rebuild after an
 * edit redo only what the edit changed, and hand back the same instances for what it did not, so
 * that page models compare by identity.
 *
 * @param markdown   each file's HTML and search words while its text stays the same
 * @param pages      the last published build's page models and data files ({@link RenderCache})
 * @param words      each indexed text's folded words
 * @param jsonLd     each page's structured data, by its inputs
 * @param storyViews each story's template view, by story
 */
record Remembered(Markdown markdown, RenderCache pages, WordCache words, Memo<String> jsonLd,
                  Memo<Map<String, Object>> storyViews) {

    static Remembered of(boolean warm) {
        return new Remembered(new Markdown(warm), warm ? RenderCache.create() : RenderCache.NONE,
                warm ? WordCache.create() : WordCache.none(), Memo.create(warm), Memo.create(warm));
    }
}
