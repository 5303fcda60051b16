package vn.quangngai.dvk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.search.SearchEntry;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.testing.TestSite;

/** What search knows of a story: today's names of the units it names, where a source records them. */
class SearchEntryTest {

    @Test
    void aStoryOfADissolvedDistrictIsFoundByTheCommunesItBecameAndAStoryOfAMergedAgencyByItsSuccessor() {
        Site site = new SiteReader(TestSite.PROJECT).read();
        Story moDuc = site.stories().stream().filter(s -> s.slug().equals("4-xin-4-luon")).findFirst().orElseThrow();
        SearchEntry entry = SearchPages.entry(moDuc, site.registry(), new Markdown(), "Toàn tỉnh");
        assertThat(entry.body()).contains("Xã Lân Phong", "Xã Mộ Đức");
        assertThat(entry.head()).doesNotContain("Lân Phong"); // ranked below what the story itself names
        Story labour = site.stories().stream().filter(s -> s.agency().equals("so-lao-dong-thuong-binh-xa-hoi")).findFirst().orElseThrow();
        assertThat(SearchPages.entry(labour, site.registry(), new Markdown(), "Toàn tỉnh").body()).contains("Sở Nội vụ");
    }
}
