package vn.quangngai.dvk.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.story.Image;
import vn.quangngai.dvk.story.Story;

/**
 * The photos a site's stories name, as the pipeline made them, by the {@code src} the stories
 * give (a path under assets/), with the warnings they deserve. A photo named by several stories
 * is made once.
 */
public record Photos(Map<String, ProcessedImage> bySrc, List<Problem> warnings) {

    public static final Photos NONE = new Photos(Map.of(), List.of());

    public Photos {
        bySrc = Map.copyOf(bySrc);
        warnings = List.copyOf(warnings);
    }

    /**
     * Every photo named by {@code stories}, from the files under {@code assets}, on every core.
     *
     * @throws vn.quangngai.dvk.problem.InvalidSourceException with every photo that cannot be published
     */
    public static Photos of(ImagePipeline pipeline, Path assets, List<Story> stories) {
        Map<String, ImagePipeline.Request> requests = requests(assets, stories);
        if (requests.isEmpty()) {
            return NONE;
        }
        List<ProcessedImage> made = pipeline.processAll(List.copyOf(requests.values()));
        Map<String, ProcessedImage> bySrc = new TreeMap<>();
        List<Problem> warnings = new ArrayList<>();
        int i = 0;
        for (String src : requests.keySet()) {
            ProcessedImage image = made.get(i++);
            bySrc.put(src, image);
            warnings.addAll(image.warnings());
        }
        warnings.sort(Problem.ORDER);
        return new Photos(bySrc, warnings);
    }

    /**
     * The warnings {@link #of} would give, from the photos' headers alone: {@code check} writes nothing.
     *
     * @throws vn.quangngai.dvk.problem.InvalidSourceException with every photo that cannot be published
     */
    public static List<Problem> check(ImagePipeline pipeline, Path assets, List<Story> stories) {
        List<Problem> warnings = new ArrayList<>(pipeline.inspectAll(List.copyOf(requests(assets, stories).values())));
        warnings.sort(Problem.ORDER);
        return warnings;
    }

    /** One request per photo, by src, naming the first story that names it. */
    private static Map<String, ImagePipeline.Request> requests(Path assets, List<Story> stories) {
        Map<String, ImagePipeline.Request> requests = new LinkedHashMap<>();
        for (Story story : stories) {
            for (Image image : story.images()) {
                requests.putIfAbsent(image.src(), new ImagePipeline.Request(assets.resolve(image.src()), story.file(), image.line()));
            }
        }
        return requests;
    }

    /** The photo a story names as {@code src}. */
    public ProcessedImage get(String src) {
        ProcessedImage image = bySrc.get(src);
        if (image == null) {
            throw new IllegalArgumentException("not processed: " + src);
        }
        return image;
    }

    /** Every file to publish, by its path in the site, each once. */
    public Map<String, Path> files() {
        Map<String, Path> files = new TreeMap<>();
        for (ProcessedImage image : bySrc.values()) {
            for (Variant v : image.files()) {
                files.put(v.path(), v.file());
            }
        }
        return files;
    }
}
