package vn.quangngai.dvk.pages;

import java.util.List;

/** A part of the site: the pages it owns, and the files it writes as they are. */
public interface PageSet {

    /** The pages of this part, in a stable order. */
    List<PageModel> pages(PageContext context);

    /**
     * Files written as they are, without a template (data for other programs); none by default.
     * Written after the pages, into the same output folder.
     */
    default List<DataFile> files(PageContext context) {
        return List.of();
    }

    /** A file's site-relative path ("du-lieu/mo-hinh.json") and its exact bytes. */
    record DataFile(String path, byte[] bytes) {
    }
}
