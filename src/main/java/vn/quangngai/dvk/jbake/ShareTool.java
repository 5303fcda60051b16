package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.SharePages;

/** Renders {@link SharePages}: every page's share card, the icons and the web app manifest. */
public final class ShareTool extends SiteTool {

    public ShareTool() {
        super(new SharePages());
    }
}
