package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.TaxonomyPages;

/** Renders {@link TaxonomyPages}: the taxonomy index pages and each term's pages. */
public final class TaxonomyTool extends SiteTool {

    public TaxonomyTool() {
        super(new TaxonomyPages());
    }
}
