package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.pages.StoryPages;

/** Renders {@link StoryPages}: the story pages, the list of stories and the standalone pages. */
public final class StoryTool extends SiteTool {

    public StoryTool() {
        super(new StoryPages());
    }
}
