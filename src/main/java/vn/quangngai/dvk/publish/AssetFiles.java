package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.quangngai.dvk.site.AssetManifest;

/**
 * The assets folder's files in the output, around JBake's copy of them: first cleared of what an
 * older build left there, then stylesheets and scripts moved to their fingerprinted names and
 * every text file given its .gz twin. A failure is added to the build's errors.
 */
public final class AssetFiles {

    private final Path assets;
    private final AssetManifest manifest;
    private final Output output;
    private final List<String> errors;

    public AssetFiles(Path assets, AssetManifest manifest, Output output, List<String> errors) {
        this.assets = assets;
        this.manifest = manifest;
        this.output = output;
        this.errors = errors;
    }

    /**
     * Deletes what an output written over may hold of the assets (under their own and their
     * published names, and twins), so that a file there after JBake's copy is one it copied.
     */
    public void clear() {
        Path destination = output.root();
        forEachAsset((logical, published) -> {
            for (String path : List.of(logical, published)) {
                FileTree.requireNoLinks(destination, destination.resolve(path).getParent());
                Files.deleteIfExists(destination.resolve(path));
                Files.deleteIfExists(destination.resolve(path + ".gz"));
            }
        });
    }

    /**
     * JBake copies assets under their own names: stylesheets and scripts are moved to their
     * manifest names, then the assets it copied get their .gz twins.
     */
    public void publish() {
        Path destination = output.root();
        manifest.paths().forEach((logical, published) -> {
            try {
                Files.move(destination.resolve(logical), destination.resolve(published));
            } catch (IOException e) {
                errors.add("assets: " + logical + ": " + e.getMessage());
            }
        });
        forEachAsset((logical, published) -> {
            if (Files.isRegularFile(destination.resolve(published))) { // JBake may leave some out (asset.ignore)
                output.compress(published);
            }
        });
    }

    private interface AssetAction {
        void apply(String logical, String published) throws IOException;
    }

    /** Each file of the assets folder, by its own and its published name; a failure is reported in the errors. */
    private void forEachAsset(AssetAction action) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String logical = assets.relativize(file).toString().replace('\\', '/');
                action.apply(logical, manifest.paths().getOrDefault(logical, logical));
            }
        } catch (IOException e) {
            errors.add("assets: " + e.getMessage());
        }
    }
}
