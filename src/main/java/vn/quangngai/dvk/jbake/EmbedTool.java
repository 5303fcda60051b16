package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.EmbedPages;

/** Renders {@link EmbedPages}: the embeddable fragments. */
public final class EmbedTool extends SiteTool {

    public EmbedTool() {
        super(new EmbedPages());
    }
}
