package vn.quangngai.dvk.bake;

import java.util.List;
import org.jbake.model.DocumentModel;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.opendata.OpenData;
import vn.quangngai.dvk.opendata.OpenDataFiles;

/** The open data: every story as JSON and CSV, and the page that documents their fields (/du-lieu/). */
public final class OpenDataPages extends SiteTool {

    @Override
    List<DocumentModel> pages(SiteStore store) {
        DocumentModel page = PageDocument.of(store, "data", OpenData.PATH, "index.html", "Dữ liệu mở",
                "Danh sách các mô hình “Dân vận khéo” dưới dạng JSON và CSV, và ý nghĩa từng trường dữ liệu.");
        List<Crumb> crumbs = List.of(Crumb.here(page.getTitle()));
        PageDocument.crumbs(page, crumbs);
        page.put("jsonLd", store.structuredData().page(page.getTitle(), (String) page.get("description"), OpenData.PATH, crumbs));
        page.put("json", OpenData.JSON);
        page.put("csv", OpenData.CSV);
        page.put("count", store.site().stories().size());
        page.put("columns", OpenDataFiles.csvColumns());
        page.put("separator", OpenDataFiles.LIST_SEPARATOR);
        return List.of(page);
    }

    @Override
    List<DataFile> files(SiteStore store) {
        String publisher = store.site().registry().agency(store.site().imprint().publisher()).map(Agency::name).orElse("");
        OpenData data = OpenData.of(store.site(), publisher);
        return List.of(new DataFile(OpenData.JSON, OpenDataFiles.json(data)), new DataFile(OpenData.CSV, OpenDataFiles.csv(data)));
    }
}
