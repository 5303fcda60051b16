package vn.quangngai.dvk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetManifestTest {

    @TempDir
    Path assets;

    @Test
    void stylesheetsAndScriptsGetAContentHashImagesKeepTheirName() throws IOException {
        Files.createDirectories(assets.resolve("css"));
        Files.writeString(assets.resolve("css/site.css"), "body{}");
        Files.writeString(assets.resolve("app.js"), "1");
        Files.writeString(assets.resolve("logo.svg"), "<svg/>");
        AssetManifest manifest = AssetManifest.of(assets);
        assertThat(manifest.paths()).containsOnlyKeys("css/site.css", "app.js");
        assertThat(manifest.paths().get("css/site.css")).isEqualTo("css/site." + AssetManifest.hash("body{}".getBytes()) + ".css");
        Files.writeString(assets.resolve("css/site.css"), "body{color:red}");
        assertThat(AssetManifest.of(assets).paths().get("css/site.css")).isNotEqualTo(manifest.paths().get("css/site.css"));
    }

    @Test
    void noAssetsFolderMeansAnEmptyManifest() {
        assertThat(AssetManifest.of(assets.resolve("khong-co")).paths()).isEmpty();
    }
}
