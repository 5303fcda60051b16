package vn.quangngai.dvk.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.share.Icons;
import vn.quangngai.dvk.share.ShareCard;

/**
 * The share card of every HTML page ({@link PageModel#share}) and the site's icons and web app
 * manifest ({@link Icons}). A card's name is a hash of what it shows: pages that show the same
 * card share one file; a warm build reuses the PNG it drew before ({@code Memo}), and any build the
 * one the site it replaces already published ({@link #published}).
 */
public final class SharePages implements PageSet {

    private static final String MEMO_CONTEXT = "share-cards";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final long MAX_CARD_BYTES = 4L * 1024 * 1024;

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
        Path published = context.published();
        // made as each is written, on every core (SiteTool writes a set's files in parallel)
        List<DataFile> files = new ArrayList<>();
        for (ShareCard card : cards) {
            files.add(DataFile.lazy(card.path(), () -> memo.get(card, () -> published(published, card).orElseGet(card::png))));
        }
        Icons.files(context.site().settings().title()).forEach((path, bytes) -> files.add(new DataFile(path, bytes)));
        return files;
    }

    /**
     * The card as the site this build replaces has it: its name is a hash of everything it shows
     * and of its design, so the same name is the same picture, and drawing it again (tens of
     * milliseconds a card, a card a story) is not needed. Only a regular PNG file is taken.
     */
    static Optional<byte[]> published(Path site, ShareCard card) {
        if (site == null) {
            return Optional.empty();
        }
        Path file = site.resolve(card.path());
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > MAX_CARD_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length > PNG.length && Arrays.equals(bytes, 0, PNG.length, PNG, 0, PNG.length) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
