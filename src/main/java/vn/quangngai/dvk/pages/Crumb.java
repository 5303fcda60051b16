package vn.quangngai.dvk.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a page's breadcrumb trail after the home page, which every trail starts from; the
 * last step is the page itself and has no {@code path}. The visible trail (layout.ftl) and the
 * structured data's BreadcrumbList are both made from the same list.
 */
record Crumb(String label, String path) {

    static Crumb link(String label, String path) {
        return new Crumb(label, path);
    }

    static Crumb here(String label) {
        return new Crumb(label, null);
    }

    /** The template key {@code crumbs}: [label, path (absent on the page itself)]. */
    static List<Map<String, Object>> views(List<Crumb> crumbs) {
        return crumbs.stream().map(crumb -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("label", crumb.label());
            if (crumb.path() != null) {
                view.put("path", crumb.path());
            }
            return view;
        }).toList();
    }
}
