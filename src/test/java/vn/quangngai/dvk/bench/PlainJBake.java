package vn.quangngai.dvk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.render.RenderingTool;
import vn.quangngai.dvk.oven.FastOven;

/**
 * Bakes a plain JBake project, as JBake alone would, with either stock {@link Oven} (OrientDB
 * memory store, JBake's renderers) or our {@link FastOven}:
 * {@code PlainJBake stock|fast SOURCE OUT}, run by the benchmark on its class path (see
 * scripts/benchmark.sh).
 *
 * <p>This project's classes register their own rendering tools, which render only a dan-van-kheo site
 * and refuse any other store. Both ovens find tools through the thread's context class loader;
 * here it is a view of the class path that hides service files naming our classes, so each oven
 * runs exactly JBake's own tools (and any third party's), as in a JBake install.
 */
public final class PlainJBake {

    public enum Kind { STOCK, FAST }

    private static final String TOOLS = "META-INF/services/" + RenderingTool.class.getName();
    private static final String OURS = "vn.quangngai.dvk.";

    private PlainJBake() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: PlainJBake stock|fast SOURCE OUT");
            System.exit(2);
        }
        List<Throwable> errors = bake(Kind.valueOf(args[0].toUpperCase()), Path.of(args[1]), Path.of(args[2]));
        errors.forEach(e -> System.err.println(e.getMessage()));
        System.exit(errors.isEmpty() ? 0 : 1);
    }

    /** Bakes {@code source} into {@code out}; returns the oven's errors. */
    public static List<Throwable> bake(Kind kind, Path source, Path out) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(withoutOurTools(PlainJBake.class.getClassLoader()));
        try {
            JBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), out.toFile(), true);
            if (kind == Kind.STOCK) {
                Oven oven = new Oven(config);
                oven.bake();
                return oven.getErrors();
            }
            FastOven oven = new FastOven(config);
            oven.bake();
            return oven.getErrors();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** {@code parent}, less the RenderingTool registrations that name this project's classes. */
    static ClassLoader withoutOurTools(ClassLoader parent) {
        return new ClassLoader("without-dan-van-kheo-tools", parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                Enumeration<URL> all = super.getResources(name);
                if (!TOOLS.equals(name)) {
                    return all;
                }
                List<URL> kept = new ArrayList<>();
                for (URL url : Collections.list(all)) {
                    try (InputStream in = url.openStream()) {
                        if (!new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(OURS)) {
                            kept.add(url);
                        }
                    }
                }
                return Collections.enumeration(kept);
            }
        };
    }
}
