package vn.quangngai.dvk.publish;

import java.io.IOException;

/**
 * Named points of publishing where a test may stop the build (halt the process, or fail as a
 * rename fails), to prove that a complete site is at the output whatever instant it stops at.
 */
@FunctionalInterface
interface Faults {

    Faults NONE = point -> {
    };

    void at(Point point) throws IOException;

    /** In the order a whole build reaches them. */
    enum Point {
        /** The staging folder holds the new site; the journal is not written yet. */
        STAGED,
        /** The journal says a swap is under way. */
        JOURNAL_WRITTEN,
        /** The site before last became trash. */
        PREVIOUS_TRASHED,
        /** The published site became the previous one: for a moment there is no site at the output. */
        OUT_MOVED_AWAY,
        /** The new site is at the output. */
        STAGING_MOVED_IN,
        /** The journal is gone: the swap is over. */
        JOURNAL_DELETED,
        /** The first entry of the trash is deleted, the rest and the marker not yet. */
        TRASH_HALF_DELETED
    }
}
