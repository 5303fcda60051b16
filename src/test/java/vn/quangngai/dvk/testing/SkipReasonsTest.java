package vn.quangngai.dvk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;

/** Every test class runs with SkipReasons, and a skip is printed with its reason. */
class SkipReasonsTest {

    @Test
    void isRegisteredForEveryTestClass() throws Exception {
        assertThat(ServiceLoader.load(Extension.class)).anySatisfy(e -> assertThat(e).isInstanceOf(SkipReasons.class));
        Properties properties = new Properties();
        try (InputStream in = SkipReasonsTest.class.getResourceAsStream("/junit-platform.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("junit.jupiter.extensions.autodetection.enabled")).isEqualTo("true");
    }

    @Test
    void aSkipIsOneLineWithItsReason() {
        assertThat(SkipReasons.line("NginxRootTest (cả lớp)", "/usr/sbin/nginx is missing"))
                .isEqualTo("[bỏ qua] NginxRootTest (cả lớp) — /usr/sbin/nginx is missing");
        assertThat(SkipReasons.line("A#b()", null)).isEqualTo("[bỏ qua] A#b() — không ghi lý do");
    }
}
