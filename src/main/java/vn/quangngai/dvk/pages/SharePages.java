package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.share.Icons;
import vn.quangngai.dvk.share.ShareCard;

/**
 * The share card of every HTML page ({@link PageModel#share}) and the site's icons and web app
 * manifest ({@link Icons}). A card's name is a hash of what it shows: pages that show the same
 * card share one file; a warm build reuses the PNG it drew before ({@code Memo}), and any build the
 * one the site it replaces already published or the card cache kept ({@link CardFiles}).
 */
public final class SharePages implements PageSet {

    private static final String MEMO_CONTEXT = "share-cards";

    /** An icon file, by what it depends on, as the memo's key. */
    private record Icon(String path, String title, String shortName) {
    }

    @Override
    public List<PageModel> pages(PageContext context) {
        return List.of();
    }

    @Override
    public List<DataFile> files(PageContext context) {
        Memo<byte[]> memo = context.cardMemo();
        memo.nextBuild(MEMO_CONTEXT);
        CardFiles reuse = context.cardFiles();
        // made as each is written, on every core (SiteTool writes a set's files in parallel)
        List<DataFile> files = new ArrayList<>();
        for (ShareCard card : context.cards()) {
            files.add(DataFile.lazy(card.path(), () -> memo.get(card, () -> reuse.png(card))));
        }
        // the same every build but for the manifest's names: a warm build (the preview) draws them once
        String title = context.site().settings().title();
        String shortName = context.site().messages().get("campaign");
        for (String path : Icons.paths()) {
            files.add(DataFile.lazy(path, () -> memo.get(new Icon(path, title, shortName), () -> Icons.file(path, title, shortName))));
        }
        return files;
    }
}
