package vn.quangngai.dvk.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * builders, whose reflection and bean machinery were a tenth of a cold build of the shipped site.
 */
final class JBakeSettings {

    private static final char LIST_DELIMITER = ',';

    private JBakeSettings() {
    }

    static DefaultJBakeConfiguration load(Path source, Path destination) throws IOException, ConfigurationException {
        CompositeConfiguration layers = new CompositeConfiguration();
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
        layers.addConfiguration(new SystemConfiguration());
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), layers, true);
    }

    private static PropertiesConfiguration properties(Reader in) throws IOException, ConfigurationException {
        PropertiesConfiguration properties = new PropertiesConfiguration();
        properties.setListDelimiterHandler(new DefaultListDelimiterHandler(LIST_DELIMITER));
        properties.setThrowExceptionOnMissing(true);
        properties.read(in);
        return properties;
    }
}
