package vn.quangngai.dvk.paging;

import java.util.ArrayList;
import java.util.List;

/** Splits {@code total} entries into pages of {@code size}; an empty list still has one (empty) page. */
public record Pager(int total, int size) {

    public Pager {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, was " + total);
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be >= 1, was " + size);
        }
    }

    public int pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        for (int number = 1; number <= pageCount(); number++) {
            int from = (number - 1) * size;
            slices.add(new Slice(number, pageCount(), from, Math.min(total, from + size)));
        }
        return slices;
    }

    /** Page {@code number} of {@code count}, holding entries {@code from} (inclusive) to {@code to} (exclusive). */
    public record Slice(int number, int count, int from, int to) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < count;
        }

        /** The path of this page below its term's path: "" for the first, "trang-2/" and on for the rest. */
        public String suffix() {
            return suffix(number);
        }

        public static String suffix(int number) {
            return number == 1 ? "" : "trang-" + number + "/";
        }
    }
}
