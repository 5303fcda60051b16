package vn.quangngai.dvk.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.problem.Problem;

/**
 * A photo as published: its upright size, its responsive widths (ascending), its share card, and
 * the warnings it deserves (errors are thrown as {@link vn.quangngai.dvk.problem.InvalidSourceException}).
 */
public record ProcessedImage(int width, int height, List<Variant> variants, Variant shareCard, List<Problem> warnings) {

    public ProcessedImage {
        variants = List.copyOf(variants);
        warnings = List.copyOf(warnings);
    }

    /** The widest variant: the {@code src} of an {@code <img>}. */
    public Variant largest() {
        return variants.get(variants.size() - 1);
    }

    /** {@code anh/x-…-480.jpg 480w, anh/x-…-800.jpg 800w}, each path after {@code prefix} (e.g. {@code "/"}). */
    public String srcset(String prefix) {
        StringBuilder out = new StringBuilder();
        for (Variant v : variants) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(prefix).append(v.path()).append(' ').append(v.width()).append('w');
        }
        return out.toString();
    }

    /** Every file it needs, variants then share card. */
    public List<Variant> files() {
        List<Variant> all = new ArrayList<>(variants);
        all.add(shareCard);
        return all;
    }

    /** Copies every file under {@code siteRoot}, at its {@link Variant#path()}. */
    public void copyTo(Path siteRoot) throws IOException {
        for (Variant v : files()) {
            Path target = siteRoot.resolve(v.path());
            Files.createDirectories(target.getParent());
            Files.copy(v.file(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
