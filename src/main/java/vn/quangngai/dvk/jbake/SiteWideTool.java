package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.SitePages;

/** Renders {@link SitePages}: the home page, the 404 page, the sitemap and robots.txt. */
public final class SiteWideTool extends SiteTool {

    public SiteWideTool() {
        super(new SitePages());
    }
}
