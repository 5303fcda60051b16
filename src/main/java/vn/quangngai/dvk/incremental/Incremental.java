package vn.quangngai.dvk.incremental;

import java.nio.file.Path;
import java.util.Map;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.memo.Slots;
import vn.quangngai.dvk.search.SearchCache;

/**
 * The one switch for what a build keeps for the next one in the same process. A one-off build
 * ({@link #oneOff()}) keeps nothing and pays nothing for keeping. A warm process ({@link #warm()}:
 * the preview server, the benchmark) rebuilds after an edit redoing only what the edit changed,
 * and gets back the same instances for what it did not, so that page models compare by identity.
 * Every cache a build uses comes from here, and none decides on its own whether to remember.
 */
public final class Incremental {

    private final boolean warm;
    private final ReadCache reads;
    private final Markdown markdown;
    private final RenderCache pages;
    private final SearchCache search;
    private final Memo<String> jsonLd;
    private final Memo<Map<String, Object>> storyViews;
    private final Memo<byte[]> cards;
    private final Slots<byte[]> dataFiles;

    private Incremental(boolean warm) {
        this.warm = warm;
        this.reads = new ReadCache(warm);
        this.markdown = new Markdown(warm);
        this.pages = new RenderCache(warm);
        this.search = warm ? SearchCache.create() : SearchCache.none();
        this.jsonLd = Memo.create(warm);
        this.storyViews = Memo.create(warm);
        this.cards = Memo.create(warm);
        this.dataFiles = Slots.create(warm);
    }

    /** For a process that builds the same site again. */
    public static Incremental warm() {
        return new Incremental(true);
    }

    /** For a build that is the process's only one. */
    public static Incremental oneOff() {
        return new Incremental(false);
    }

    public boolean isWarm() {
        return warm;
    }

    /**
     * Starts a build of a site with {@code settings} from {@code source}, to be published at
     * {@code published}; returns whether it bakes only the files that changed since the last
     * published one ({@link RenderCache#changesOnly()}).
     */
    public boolean begin(Object settings, Path source, Path published) {
        // only a warm build compares fingerprints: a one-off build need not read its templates twice
        pages.begin(warm ? Fingerprint.of(source.resolve("templates"), source.resolve("jbake.properties"), source.resolve("assets")) + settings
                : "", published);
        search.nextBuild();
        dataFiles.nextBuild();
        return pages.changesOnly();
    }

    /** What each content file read to, while its size, time and the registry stay the same. */
    public ReadCache reads() {
        return reads;
    }

    /** Each file's HTML and search words while its text stays the same. */
    public Markdown markdown() {
        return markdown;
    }

    /** The last published build's page models and data files. */
    public RenderCache pages() {
        return pages;
    }

    /** Each indexed text's folded words and the index files they made. */
    public SearchCache search() {
        return search;
    }

    /** Each page's structured data, by its inputs. */
    public Memo<String> jsonLd() {
        return jsonLd;
    }

    /** Each story's template view, by story. */
    public Memo<Map<String, Object>> storyViews() {
        return storyViews;
    }

    /** Each data file's bytes (feeds, open data), by its path, with the record it is written from. */
    public Slots<byte[]> dataFiles() {
        return dataFiles;
    }

    /** Each share card's PNG, by what it shows. */
    public Memo<byte[]> cards() {
        return cards;
    }
}
