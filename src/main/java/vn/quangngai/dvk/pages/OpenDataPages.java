package vn.quangngai.dvk.pages;

import java.util.List;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.opendata.OpenData;
import vn.quangngai.dvk.opendata.OpenDataFiles;
import vn.quangngai.dvk.opendata.RegistryData;

/** The open data: every story, and the registry with its changes over time, as JSON and CSV, and the page that documents their fields (/du-lieu/). */
public final class OpenDataPages implements PageSet {

    @Override
    public List<PageModel> pages(PageContext context) {
        PageModel page = PageModel.of(context, "data", OpenData.PATH, "index.html", context.site().messages().get("opendata.title"),
                context.site().messages().get("opendata.description"));
        List<Crumb> crumbs = List.of(Crumb.here(page.title()));
        page.crumbs(crumbs);
        page.put("jsonLd", context.structuredData().page(page.title(), (String) page.get("description"), OpenData.PATH, crumbs));
        page.put("json", OpenData.JSON);
        page.put("csv", OpenData.CSV);
        page.put("count", context.site().stories().size());
        page.put("columns", OpenDataFiles.csvColumns());
        page.put("separator", OpenDataFiles.LIST_SEPARATOR);
        page.put("registryJson", RegistryData.JSON);
        page.put("registryCsv", RegistryData.CSV);
        page.put("unitColumns", OpenDataFiles.unitCsvColumns());
        page.put("sources", context.site().registry().history().sources().stream().map(OpenDataPages::sourceView).toList());
        page.put("embed", EmbedPages.view(context.site()));
        return List.of(page);
    }

    private static java.util.Map<String, Object> sourceView(vn.quangngai.dvk.data.Source source) {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("id", source.id());
        view.put("title", source.title());
        view.put("issuer", source.issuer());
        if (source.number() != null) {
            view.put("number", source.number());
        }
        if (source.date() != null) {
            view.put("date", source.date().label());
        }
        view.put("url", source.url());
        return view;
    }

    @Override
    public List<DataFile> files(PageContext context) {
        String publisher = context.site().registry().agency(context.site().imprint().publisher()).map(Agency::name).orElse("");
        OpenData data = OpenData.of(context.site(), publisher);
        RegistryData registry = RegistryData.of(context.site(), publisher);
        return List.of(context.dataFile(OpenData.JSON, data, () -> OpenDataFiles.json(data)),
                context.dataFile(OpenData.CSV, data, () -> OpenDataFiles.csv(data)),
                context.dataFile(RegistryData.JSON, registry, () -> OpenDataFiles.json(registry)),
                context.dataFile(RegistryData.CSV, registry, () -> OpenDataFiles.csv(registry)));
    }
}
