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
import java.util.Arrays;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's tables extension, with the same tables, for less work. Its paragraph pre-processor
 * compiles a regular expression for every document and reads the first line of every paragraph
 * one virtual call a character, looking for a '|': a fifth of Flexmark's parsing at 10,000
 * stories. Here
 * <ul>
 *   <li>a paragraph without any '|' is passed over: Flexmark's pre-processor gives up on a first
 *       line without one, and changes nothing. Where the '|' are is found with one scan of each
 *       document;</li>
 *   <li>one Flexmark pre-processor serves every document: it keeps nothing of a document (only
 *       its options and the expression made from them, and documents of one parser share its
 *       options).</li>
 * </ul>
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

    /** Flexmark's factory, in its place among the pre-processors, its pre-processor asked only about paragraphs with a '|'. */
    private static final class OnlyWithPipes implements ParagraphPreProcessorFactory {

        private final ParagraphPreProcessorFactory tables;
        private volatile ParagraphPreProcessor shared; // racing threads may each make one: the same

        OnlyWithPipes(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState document) {
            return new ParagraphPreProcessor() {
                private String source;
                private int[] pipes;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState state) {
                    BasedSequence chars = paragraph.getChars();
                    String text = Markdown.source(chars);
                    if (text != null) {
                        if (text != source) {
                            source = text;
                            pipes = pipes(text);
                        }
                        if (!anyWithin(pipes, chars.getStartOffset(), chars.getEndOffset())) {
                            return 0;
                        }
                    }
                    ParagraphPreProcessor flexmarks = shared;
                    if (flexmarks == null) {
                        flexmarks = tables.apply(state);
                        shared = flexmarks;
                    }
                    return flexmarks.preProcessBlock(paragraph, state);
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

    /** Where the '|' of a text are, in order. */
    static int[] pipes(String text) {
        int[] found = new int[8];
        int count = 0;
        for (int at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
        }
        return Arrays.copyOf(found, count);
    }

    /** Whether any of the ascending {@code positions} is in {@code [start, end)}. */
    static boolean anyWithin(int[] positions, int start, int end) {
        int at = Arrays.binarySearch(positions, start);
        int first = at >= 0 ? at : -at - 1;
        return first < positions.length && positions[first] < end;
    }
}
