package vn.quangngai.dvk.jbake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * JBake's configuration, layered as JBake layers it — the site's jbake.properties, then JBake's
 * own default.properties, then system properties; UTF-8, lists split on commas — but each file
 * read straight into a {@link PropertiesConfiguration} instead of through commons-configuration's
 * builders, whose reflection and bean machinery are a noticeable part of a small site's cold build.
 * Once set up, the configuration is {@link Settled}.
 *
 * <p>No layer interpolates: commons-configuration would expand {@code ${file:…}}, {@code ${url:…}},
 * {@code ${dns:…}}, {@code ${env:…}} and, before 2.8, {@code ${script:…}} lookups written in
 * jbake.properties (CVE-2022-33980; even the fixed versions keep {@code file} and {@code env} on by
 * default), and no {@code include=} line reads another file. Neither JBake's defaults nor our
 * settings refer to other keys, and {@code site.*} is read without interpolation
 * ({@code site.Settings}), so both readers see the same text.
 */
final class JBakeSettings {

    private static final char LIST_DELIMITER = ',';

    private JBakeSettings() {
    }

    static DefaultJBakeConfiguration load(Path source, Path destination) throws IOException, ConfigurationException {
        CompositeConfiguration layers = new CompositeConfiguration();
        layers.setInterpolator(null);
        layers.setListDelimiterHandler(new DefaultListDelimiterHandler(LIST_DELIMITER));
        Path site = source.resolve("jbake.properties");
        if (Files.isRegularFile(site)) {
            try (Reader in = Files.newBufferedReader(site, StandardCharsets.UTF_8)) {
                layers.addConfiguration(properties(in));
            }
        }
        try (InputStream defaults = JBakeConfigurationFactory.class.getClassLoader().getResourceAsStream("default.properties")) {
            if (defaults == null) {
                throw new IOException("JBake's default.properties is not on the class path");
            }
            layers.addConfiguration(properties(new InputStreamReader(defaults, StandardCharsets.UTF_8)));
        }
        SystemConfiguration system = new SystemConfiguration();
        system.setInterpolator(null);
        layers.addConfiguration(system);
        Settled configuration = new Settled(source, layers);
        configuration.setDestinationFolder(destination.toFile());
        configuration.setClearCache(true);
        configuration.settle();
        return configuration;
    }

    /**
     * A configuration that no longer changes once set up: JBake copies the configuration into a
     * map for every page it renders ({@code asHashMap}, which walks and interpolates every key of
     * every layer, system properties included); this one makes the map once and hands out copies.
     */
    private static final class Settled extends DefaultJBakeConfiguration {

        private Map<String, Object> settled;

        Settled(Path source, CompositeConfiguration layers) {
            super(source.toFile(), layers);
        }

        void settle() {
            settled = Map.copyOf(super.asHashMap());
        }

        @Override
        public Map<String, Object> asHashMap() {
            return settled == null ? super.asHashMap() : new HashMap<>(settled);
        }
    }

    private static PropertiesConfiguration properties(Reader in) throws IOException, ConfigurationException {
        PropertiesConfiguration properties = new PropertiesConfiguration();
        properties.setInterpolator(null);
        properties.setIncludesAllowed(false); // "include=" names no other file to read: it is a key like any other
        properties.setListDelimiterHandler(new DefaultListDelimiterHandler(LIST_DELIMITER));
        properties.setThrowExceptionOnMissing(true);
        properties.read(in);
        return properties;
    }
}
