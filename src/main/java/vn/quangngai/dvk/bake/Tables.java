package vn.quangngai.dvk.bake;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's tables extension, with the same tables, asked about fewer paragraphs. Its paragraph
 * pre-processor compiles a regular expression for every document and reads the first line of
 * every paragraph one virtual call a character, looking for a '|': a fifth of Flexmark's parsing
 * at 10,000 stories. A paragraph without any '|' is never a table (the pre-processor gives up on
 * a first line without one, and changes nothing), so here such a paragraph is passed over after
 * one plain scan of the Markdown, and Flexmark's pre-processor is made only for a document that
 * has a paragraph with a '|'.
 */
final class Tables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension flexmark = TablesExtension.create();

    static Tables create() {
        return new Tables();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        flexmark.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.paragraphPreProcessorFactory(new OnlyWithPipes(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        flexmark.rendererOptions(options);
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder rendererBuilder, @NotNull String rendererType) {
        flexmark.extend(rendererBuilder, rendererType);
    }

    /** Flexmark's factory, with its place among the pre-processors, giving a pre-processor that asks it only about paragraphs with a '|'. */
    private record OnlyWithPipes(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState document) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor made;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState state) {
                    if (!mayHavePipe(paragraph.getChars())) {
                        return 0;
                    }
                    if (made == null) {
                        made = tables.apply(document);
                    }
                    return made.preProcessBlock(paragraph, state);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /** False only when the paragraph's range of the Markdown has no '|'; true when it has one, or is not such a range. */
    static boolean mayHavePipe(BasedSequence chars) {
        if (!(chars instanceof SubSequence range && range.getBase() instanceof String source)) {
            return true;
        }
        for (int i = range.getStartOffset(), end = range.getEndOffset(); i < end; i++) {
            if (source.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }
}
