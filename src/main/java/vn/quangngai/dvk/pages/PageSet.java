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

    /**
     * A file's site-relative path ("du-lieu/mo-hinh.json") and its exact bytes, or how to make
     * them when it is written ({@link #lazy}): a site's thousands of share cards are then never
     * all in memory at once.
     */
    record DataFile(String path, byte[] made, java.util.function.Supplier<byte[]> maker) {

        public DataFile(String path, byte[] bytes) {
            this(path, java.util.Objects.requireNonNull(bytes), null);
        }

        /** A file whose bytes are made when it is written, on whichever core writes it. */
        public static DataFile lazy(String path, java.util.function.Supplier<byte[]> maker) {
            return new DataFile(path, null, java.util.Objects.requireNonNull(maker));
        }

        /** The bytes: made now for a lazy file (each call makes them again). */
        public byte[] bytes() {
            return made != null ? made : maker.get();
        }
    }
}
