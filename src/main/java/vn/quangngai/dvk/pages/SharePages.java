package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.parallel.Cores;
import vn.quangngai.dvk.share.Icons;
import vn.quangngai.dvk.share.ShareCard;

/**
 * The share card of every HTML page ({@link PageModel#share}) and the site's icons and web app
 * manifest ({@link Icons}). A card's name is a hash of what it shows: pages that show the same
 * card share one file, and a warm build reuses the PNG it drew before ({@code Memo}).
 */
public final class SharePages implements PageSet {

    private static final String MEMO_CONTEXT = "share-cards";

    @Override
    public List<PageModel> pages(PageContext context) {
        return List.of();
    }

    @Override
    public List<DataFile> files(PageContext context) {
        Memo<byte[]> memo = context.cardMemo();
        memo.nextBuild(MEMO_CONTEXT);
        List<ShareCard> cards = context.cards();
        // drawn on every core: a card costs milliseconds, and a site has one per story
        List<DataFile> files = new ArrayList<>(Cores.map(cards, card -> new DataFile(card.path(), memo.get(card, card::png))));
        Icons.files(context.site().settings().title()).forEach((path, bytes) -> files.add(new DataFile(path, bytes)));
        return files;
    }
}
