package vn.quangngai.dvk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

class ImprintReaderTest {

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private Imprint read(String yaml) {
        TestSite.write(root, "");
        TestSite.put(root, ImprintReader.FILE, yaml);
        Registry registry = new RegistryReader(root, problems).read();
        return new ImprintReader(root, problems).read(registry);
    }

    @Test
    void theShippedImprintHoldsTheReportsFactsOnly() {
        Registry registry = new RegistryReader(TestSite.PROJECT, problems).read();
        Imprint imprint = new ImprintReader(TestSite.PROJECT, problems).read(registry);
        assertThat(problems.list()).isEmpty();
        assertThat(registry.agency(imprint.publisher()).orElseThrow().name()).isEqualTo("Sở Nội vụ tỉnh Quảng Ngãi");
        assertThat(imprint.report().month()).isEqualTo(YearMonth.of(2023, 8));
        assertThat(imprint.report().signer()).isEqualTo("Tạ Công Dũng");
        assertThat(imprint.report().signerTitle()).isEqualTo("Giám đốc");
        assertThat(imprint.report().title()).startsWith("Báo cáo sơ kết 03 năm");
    }

    @Test
    void anUnknownPublisherIsAnErrorWithASuggestion() {
        assertThat(read("""
                publisher: so-noi-vuu
                report:
                  title: Báo cáo
                  month: "2023-08"
                  signer: A
                  signer_title: Giám đốc
                """)).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(ImprintReader.FILE);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("publisher");
            assertThat(p.hint()).contains("so-noi-vu");
        });
    }

    @Test
    void everyMissingFieldAndABadMonthAreReportedTogether() {
        assertThat(read("""
                publisher: so-noi-vu
                report:
                  title: Báo cáo
                  month: tháng 8
                """)).isNull();
        assertThat(problems.list()).extracting(Problem::field)
                .containsExactlyInAnyOrder("report.month", "report.signer", "report.signer_title");
        assertThat(problems.list()).filteredOn(p -> "report.month".equals(p.field())).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void anUnknownKeyIsAWarningAndAMissingFileAnError() throws Exception {
        Imprint imprint = read("""
                publisher: so-noi-vu
                phone: "0123"
                report:
                  title: Báo cáo
                  month: "2023-08"
                  signer: A
                  signer_title: Giám đốc
                """);
        assertThat(imprint).isNotNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.field()).isEqualTo("phone");
        });

        Files.delete(root.resolve(ImprintReader.FILE));
        Problems missing = new Problems();
        assertThat(new ImprintReader(root, missing).read(null)).isNull();
        assertThat(missing.list()).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
    }
}
