package vn.quangngai.dvk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Hugo site the benchmark builds side by side with ours: the same story files (our YAML
 * front matter is Hugo's too, {@link StoryGenerator#writeOurs}), with {@code agency},
 * {@code districts} and {@code fields} declared as Hugo taxonomies so that Hugo also writes a page
 * per term and a page listing each taxonomy's terms, and small layouts that write what our site
 * writes for stories: a page per story with its terms and previous/next links, the paginated list
 * of all stories and of each term's stories (the same page size), the home page, one feed (RSS,
 * Hugo's own template) and the sitemap (Hugo's own). Ours writes more (search index, open data,
 * {@code .gz} twins, structured data): the comparison is of the same stories, not of equal work.
 */
final class HugoSite {

    private HugoSite() {
    }

    /** Writes the settings and layouts; the stories go to {@code content/mo-hinh/}. */
    static void write(Path root, int pageSize) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config.yaml", """
                baseURL: https://example.invalid/
                languageCode: vi
                title: "Dân vận khéo"
                paginate: %d
                enableRobotsTXT: true
                taxonomies:
                  agency: agency
                  district: districts
                  field: fields
                outputs:
                  home: [HTML, RSS]
                  section: [HTML]
                  taxonomy: [HTML]
                  term: [HTML]
                """.formatted(pageSize));
        files.put("layouts/_default/baseof.html", """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="canonical" href="{{ .Permalink }}">
                <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | absURL }}"></head>
                <body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
                <nav><a href="{{ "mo-hinh/" | relURL }}">Các mô hình</a> <a href="{{ "agency/" | relURL }}">Cơ quan</a>
                <a href="{{ "districts/" | relURL }}">Địa bàn</a> <a href="{{ "fields/" | relURL }}">Lĩnh vực</a></nav></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer>Hugo</footer></body></html>
                """);
        files.put("layouts/_default/single.html", """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>
                <dl><dt>Cơ quan thực hiện</dt><dd>{{ range .GetTerms "agency" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
                <dt>Địa bàn</dt><dd>{{ range .GetTerms "districts" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ else }}Toàn tỉnh{{ end }}</dd>
                <dt>Lĩnh vực</dt><dd>{{ range .GetTerms "fields" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>
                <dt>Thời gian đăng</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></dd></dl>
                <div class="prose">{{ .Content }}</div></article>
                <nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>{{ end }}
                """);
        files.put("layouts/_default/list.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ partial "cards.html" .Paginator }}{{ end }}
                """);
        files.put("layouts/_default/taxonomy.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }} mô hình</p>{{ partial "cards.html" .Paginator }}{{ end }}
                """);
        files.put("layouts/_default/terms.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>
                {{ end }}</ul>{{ end }}
                """);
        files.put("layouts/index.html", """
                {{ define "main" }}<h1>{{ site.Title }}</h1><p>{{ len (where site.RegularPages "Section" "mo-hinh") }} mô hình</p>
                {{ range first 6 (where site.RegularPages "Section" "mo-hinh") }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p>{{ .Summary }}</p></article>{{ end }}{{ end }}
                """);
        files.put("layouts/partials/cards.html", """
                {{ range .Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></p><p>{{ .Summary }}</p></article>
                {{ end }}<nav>{{ with .Prev }}<a rel="prev" href="{{ .URL }}">Trang trước</a>{{ end }}
                {{ .PageNumber }}/{{ .TotalPages }}
                {{ with .Next }}<a rel="next" href="{{ .URL }}">Trang sau</a>{{ end }}</nav>
                """);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(root.resolve("content/mo-hinh"));
    }

    /** The command that builds the site at {@code root} into {@code out}, a folder that does not exist yet. */
    static List<String> build(Path hugo, Path root, Path out) {
        return List.of(hugo.toString(), "--quiet", "--source", root.toString(), "--destination", out.toString());
    }

    /** {@code hugo} on the PATH, if installed. */
    static Optional<Path> executable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, windows ? "hugo.exe" : "hugo");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first line of {@code hugo version}. */
    static String version(Path hugo) {
        try {
            Process process = new ProcessBuilder(hugo.toString(), "version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
            return text.lines().findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
