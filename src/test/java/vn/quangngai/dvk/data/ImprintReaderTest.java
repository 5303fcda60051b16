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

    private static final String REPORT = """
            publisher: so-noi-vu
            report:
              title: Báo cáo
              month: "2023-08"
              signer: A
              signer_title: Giám đốc
            """;

    @Test
    void theShippedImprintHasNoLicenceNoContactAndOnlySourcedLinks() {
        Registry registry = new RegistryReader(TestSite.PROJECT, problems).read();
        Imprint imprint = new ImprintReader(TestSite.PROJECT, problems).read(registry);
        assertThat(problems.list()).isEmpty();
        assertThat(imprint.licence()).as("no licence decision has been published").isNull();
        assertThat(imprint.contact()).as("no public source gives the department's contact details").isNull();
        assertThat(imprint.links()).isNotEmpty().allSatisfy(link -> {
            assertThat(registry.history().source(link.source())).isPresent();
            assertThat(link.url()).startsWith("https://");
        });
    }

    @Test
    void contactDetailsWithoutTheirSourceAreAnErrorAndNothingIsPublished() {
        assertThat(read(REPORT + """
                contact:
                  phone: "0255 123 456"
                """)).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("contact.source");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.hint()).contains("data/nguon.yaml");
        });
    }

    @Test
    void aLinkWhoseSourceIsNotInTheSourcesFileIsAnErrorWithASuggestion() {
        assertThat(read(REPORT + """
                links:
                  - label: Cổng
                    url: "https://quangngai.gov.vn/"
                    source: qn-portal-en-dutie
                """)).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("links[0].source");
            assertThat(p.message()).contains("qn-portal-en-dutie");
            assertThat(p.hint()).contains("qn-portal-en-duties");
        });
    }

    @Test
    void aSourcedContactAndALicenceAreRead() {
        Imprint imprint = read(REPORT + """
                licence: "Giấy phép X"
                contact:
                  email: "a@b.gov.vn"
                  feedback: "mailto:a@b.gov.vn"
                  source: qn-portal-en-duties
                """);
        assertThat(problems.list()).isEmpty();
        assertThat(imprint.licence()).isEqualTo("Giấy phép X");
        assertThat(imprint.contact()).isEqualTo(new Imprint.Contact(null, null, "a@b.gov.vn", "mailto:a@b.gov.vn", "qn-portal-en-duties"));
    }

    @Test
    void anEmptyLicenceMeansNoneIsPublished() {
        assertThat(read(REPORT + "licence: \"\"\n").licence()).isNull();
        assertThat(problems.list()).isEmpty();
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
