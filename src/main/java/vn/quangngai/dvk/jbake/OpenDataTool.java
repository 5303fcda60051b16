package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.OpenDataPages;

/** Renders {@link OpenDataPages}: the open data files and their page. */
public final class OpenDataTool extends SiteTool {

    public OpenDataTool() {
        super(new OpenDataPages());
    }
}
