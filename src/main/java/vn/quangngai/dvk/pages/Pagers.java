package vn.quangngai.dvk.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.quangngai.dvk.paging.Pager;

/** The template view of a page of a list: number, count, and the paths of its neighbours. */
final class Pagers {

    private Pagers() {
    }

    static Map<String, Object> view(Pager.Slice slice, String basePath) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", slice.number());
        view.put("count", slice.count());
        if (slice.hasPrevious()) {
            view.put("previous", basePath + Pager.Slice.suffix(slice.number() - 1));
        }
        if (slice.hasNext()) {
            view.put("next", basePath + Pager.Slice.suffix(slice.number() + 1));
        }
        return view;
    }
}
