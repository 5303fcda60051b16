package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.FeedPages;

/** Renders {@link FeedPages}: the Atom feeds and JSON Feeds of the site and of each term. */
public final class FeedTool extends SiteTool {

    public FeedTool() {
        super(new FeedPages());
    }
}
