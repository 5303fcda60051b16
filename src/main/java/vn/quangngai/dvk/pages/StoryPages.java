package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.paging.Pager;
import vn.quangngai.dvk.parallel.Cores;
import vn.quangngai.dvk.site.Held;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Page;
import vn.quangngai.dvk.story.Story;

/**
 * One page per story, with links to the previous (newer) and next (older) story, and one page per
 * standalone page. Linear in the number of stories, unlike JBake's DocumentsRenderer, which loads
 * every document of the type again for each document.
 */
public final class StoryPages implements PageSet {


    @Override
    public List<PageModel> pages(PageContext context) {
        Site site = context.site();
        String listLabel = site.messages().get("stories.label");
        Views views = context.views();
        StructuredData data = context.structuredData();
        List<Story> stories = site.stories();
        // each story's model on every core: the models of a large site are a wait on one
        List<PageModel> pages = new ArrayList<>(Cores.map(stories.size(), i -> {
            Story story = stories.get(i);
            PageModel doc = PageModel.of(context, "story", Site.pathOf(story), "index.html", story.title(), story.summary());
            List<Crumb> crumbs = List.of(Crumb.link(listLabel, Site.STORIES + "/"), Crumb.here(story.title()));
            doc.crumbs(crumbs);
            String agencyName = site.registry().agency(story.agency()).orElseThrow().name();
            String shared = doc.shareStory(context, story, agencyName);
            doc.put("jsonLd", data.article(story, Site.pathOf(story), crumbs, shared));
            doc.put("story", views.story(story.slug()));
            Markdown markdown = context.markdown();
            // HTML made as the page renders: a build never holds every story's HTML at once
            doc.put("body", new Deferred(List.of(story.file(), story.body()), () -> markdown.toHtml(story.file(), story.body())));
            if (i > 0) {
                doc.put("previous", views.story(stories.get(i - 1).slug()));
            }
            if (i + 1 < stories.size()) {
                doc.put("next", views.story(stories.get(i + 1).slug()));
            }
            return doc;
        }));
        for (Held held : site.held()) {
            if (held.shown()) {
                pages.add(heldPage(context, held));
            }
        }
        Pager pager = new Pager(stories.size(), site.settings().pageSize());
        for (Pager.Slice slice : pager.slices()) {
            String path = Site.STORIES + "/" + slice.suffix();
            Messages messages = site.messages();
            String title = slice.number() > 1 ? messages.get("stories.title.page", slice.number()) : messages.get("stories.title");
            String description = messages.get("stories.description", stories.size());
            PageModel doc = PageModel.of(context, "stories", path, "index.html", title, description);
            doc.share(context, messages.get("stories.title"), null); // one card for every page of the list
            List<Crumb> crumbs = slice.number() == 1 ? List.of(Crumb.here(listLabel))
                    : List.of(Crumb.link(listLabel, Site.STORIES + "/"), Crumb.here(messages.get("stories.crumb.page", slice.number())));
            doc.crumbs(crumbs);
            List<StructuredData.Item> items = stories.subList(slice.from(), slice.to()).stream()
                    .map(s -> new StructuredData.Item(s.title(), Site.pathOf(s))).toList();
            doc.put("jsonLd", data.collection(title, description, path, crumbs, items, slice.from() + 1));
            doc.put("entries", views.stories(stories.subList(slice.from(), slice.to())));
            doc.put("pager", Pagers.view(slice, Site.STORIES + "/"));
            doc.put("total", stories.size());
            pages.add(doc);
        }
        for (Page page : site.pages()) {
            PageModel doc = PageModel.of(context, "page", Site.pathOf(page), "index.html", page.title(), page.summary());
            List<Crumb> crumbs = List.of(Crumb.here(page.title()));
            doc.crumbs(crumbs);
            doc.put("jsonLd", data.page(page.title(), page.summary(), Site.pathOf(page), crumbs));
            doc.put("body", context.markdown().toHtml(page.file(), page.body()));
            doc.put("summary", page.summary());
            pages.add(doc);
        }
        return pages;
    }

    /** The preview's page of a draft or scheduled story: as it will look, with a banner saying it is not published. */
    private static PageModel heldPage(PageContext context, Held held) {
        Story story = held.story();
        PageModel doc = PageModel.of(context, "story", Site.pathOf(story), "index.html", story.title(), story.summary());
        List<Crumb> crumbs = List.of(Crumb.link(context.site().messages().get("stories.label"), Site.STORIES + "/"), Crumb.here(story.title()));
        doc.crumbs(crumbs);
        String agencyName = context.site().registry().agency(story.agency()).orElseThrow().name();
        String shared = doc.shareStory(context, story, agencyName);
        doc.put("jsonLd", context.structuredData().article(story, Site.pathOf(story), crumbs, shared));
        doc.put("story", context.views().heldStory(story));
        doc.put("body", context.markdown().toHtml(story.file(), story.body()));
        Messages messages = context.site().messages();
        doc.put("held", held.draft()
                ? java.util.Map.of("label", messages.get("held.draft.label"), "text", messages.get("held.draft.text"))
                : java.util.Map.of("label", messages.get("held.scheduled.label"), "text", messages.get("held.scheduled.text",
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(story.date()))));
        return doc;
    }
}
