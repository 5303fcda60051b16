package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.SearchPages;

/** Renders {@link SearchPages}: the search page and its index. */
public final class SearchTool extends SiteTool {

    public SearchTool() {
        super(new SearchPages());
    }
}
