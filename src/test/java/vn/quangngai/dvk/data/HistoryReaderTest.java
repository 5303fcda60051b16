package vn.quangngai.dvk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.groups.Tuple;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

class HistoryReaderTest {

    @TempDir
    Path root;

    private Problems problems = new Problems();
    private String agencies;

    @BeforeEach
    void copyProjectData() {
        TestSite.write(root, "");
        agencies = TestSite.read(root.resolve(RegistryReader.AGENCIES));
    }

    private Registry read() {
        problems = new Problems();
        return new RegistryReader(root, problems).read();
    }

    /** The project's agencies with one more at the end. */
    private void addAgency(String yaml) {
        TestSite.put(root, RegistryReader.AGENCIES, agencies + yaml.indent(2));
    }

    private int lineOf(String file, String text) {
        String all = TestSite.read(root.resolve(file));
        return (int) all.substring(0, all.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theShippedHistoryIsValidAndEveryChangeHasAnExistingSource() {
        Registry registry = new RegistryReader(TestSite.PROJECT, problems).read();
        assertThat(problems.list()).isEmpty();
        History history = registry.history();
        assertThat(history.communes()).hasSize(56);
        assertThat(history.communes().stream().filter(c -> c.kind().equals("phuong"))).hasSize(6);
        assertThat(history.successors("ly-son")).containsExactly("dac-khu-ly-son");
        assertThat(history.predecessors("xa-dong-son")).containsExactlyInAnyOrder("tp-quang-ngai", "binh-son");
        assertThat(history.successors("ubnd-xa-hanh-dung")).containsExactly("xa-phuoc-giang");
        assertThat(history.successors("so-lao-dong-thuong-binh-xa-hoi")).containsExactly("so-noi-vu", "so-y-te");
        assertThat(history.successors("so-ngoai-vu")).as("not merged: no successor invented").isEmpty();
        assertThat(history.lifespan("so-ngoai-vu")).isEmpty();
        assertThat(history.successors("ubnd-huyen-ly-son")).as("the district's territory became the special zone").containsExactly("dac-khu-ly-son");
        assertThat(history.successors("ubnd-huyen-son-tay")).containsExactly("xa-son-tay", "xa-son-tay-ha", "xa-son-tay-thuong");
        assertThat(history.successors("phong-nong-nghiep-son-ha")).as("no source names who took over its work").isEmpty();
        assertThat(history.lifespan("so-noi-vu").orElseThrow().validTo()).as("kept its name through both mergers").isNull();
        assertThat(history.lifespan("so-noi-vu").orElseThrow().sources()).contains("nhandan-14-so-2025-02-18");
        assertThat(history.lifespan("ubnd-tinh").orElseThrow().act()).isEqualTo("nq-202-2025-qh15");
        assertThat(registry.districts()).allSatisfy(d -> {
            assertThat(history.lifespan(d.id()).orElseThrow().validTo()).hasToString("2025-06-30");
            assertThat(history.successors(d.id())).isNotEmpty();
        });
        assertThat(history.act("nq-1677-2025-ubtvqh15").orElseThrow().citation())
                .isEqualTo("Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi năm 2025 số 1677/NQ-UBTVQH15 "
                        + "ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội");
        assertThat(history.source("sapnhap-bando-data").orElseThrow().note()).contains("suy ra");
        assertThat(registry.unitName("xa-ba-to-2")).isEqualTo("Xã Ba Tơ");
    }

    @Test
    void aMonthIsAPeriodAndADayIsADay() {
        DateOrMonth month = DateOrMonth.parse("2025-02");
        assertThat(month.first()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(month.last()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(month.label()).isEqualTo("tháng 02/2025");
        assertThat(DateOrMonth.parse("2025-06-30").label()).isEqualTo("30/6/2025");
        assertThat(DateOrMonth.parse("2025-02-30")).isNull();
        assertThat(DateOrMonth.parse("30/6/2025")).isNull();
    }

    @Test
    void anEndBeforeTheBeginningAndANonDateAreErrorsAtTheirLines() {
        addAgency("""
                - id: so-a
                  name: Sở A
                  level: tinh
                  kind: so-nganh
                  valid_from: 2025-07-01
                  valid_to: 2025-06-30
                  sources: [nq1677-nhansu]
                - id: so-b
                  name: Sở B
                  level: tinh
                  kind: so-nganh
                  valid_to: 2025-13
                  sources: [nq1677-nhansu]
                """);
        assertThat(read()).isNull();
        assertThat(problems.list()).filteredOn(Problem::isError).satisfiesExactly(
                p -> {
                    assertThat(p.file()).isEqualTo("data/co-quan.yaml");
                    assertThat(p.line()).isEqualTo(lineOf(RegistryReader.AGENCIES, "valid_to: 2025-06-30\n    sources: [nq1677"));
                    assertThat(p.field()).endsWith(".valid_to");
                    assertThat(p.message()).contains("2025-06-30").contains("trước ngày bắt đầu 2025-07-01");
                },
                p -> {
                    assertThat(p.line()).isEqualTo(lineOf(RegistryReader.AGENCIES, "valid_to: 2025-13"));
                    assertThat(p.message()).contains("\"2025-13\" không phải là một ngày");
                    assertThat(p.hint()).contains("NNNN-TT-NN");
                });
    }

    @Test
    void aSuccessorThatDoesNotExistIsAnErrorWithASuggestion() {
        addAgency("""
                - id: so-a
                  name: Sở A
                  level: tinh
                  kind: so-nganh
                  valid_to: 2025-02
                  successors: [so-noi-vu, so-noi-vuu]
                  sources: [nhandan-14-so-2025-02-18]
                """);
        assertThat(read()).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(RegistryReader.AGENCIES, "successors: [so-noi-vu, so-noi-vuu]"));
            assertThat(p.field()).endsWith(".successors[1]");
            assertThat(p.message()).contains("\"so-noi-vuu\" không có trong");
            assertThat(p.hint()).contains("Có phải ý bạn là \"so-noi-vu\"?");
        });
    }

    @Test
    void aCycleOfSuccessorsIsAnErrorNamingTheLoop() {
        addAgency("""
                - id: so-a
                  name: Sở A
                  level: tinh
                  kind: so-nganh
                  valid_to: 2025-02
                  successors: [so-b]
                  sources: [nhandan-14-so-2025-02-18]
                - id: so-b
                  name: Sở B
                  level: tinh
                  kind: so-nganh
                  valid_to: 2025-03
                  successors: [so-a]
                  sources: [nhandan-14-so-2025-02-18]
                """);
        assertThat(read()).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("data/co-quan.yaml");
            assertThat(p.message()).contains("vòng lặp").contains("so-a → so-b → so-a");
        });
    }

    @Test
    void aChangeWithoutASourceOrWithAnUnknownSourceOrActIsAnError() {
        addAgency("""
                - id: so-a
                  name: Sở A
                  level: tinh
                  kind: so-nganh
                  valid_to: 2025-06-30
                - id: so-b
                  name: Sở B
                  level: tinh
                  kind: so-nganh
                  valid_to: 2025-06-30
                  act: nq-1677-2025-ubtvqh16
                  sources: [nhan-dan-khong-co]
                """);
        assertThat(read()).isNull();
        assertThat(problems.list()).satisfiesExactly(
                p -> {
                    assertThat(p.line()).isEqualTo(lineOf(RegistryReader.AGENCIES, "- id: so-a"));
                    assertThat(p.field()).matches("agencies\\[\\d+]\\.sources");
                    assertThat(p.message()).isEqualTo("thay đổi này chưa ghi nguồn.");
                    assertThat(p.hint()).contains("data/nguon.yaml");
                },
                p -> assertThat(p.message()).isEqualTo("không có văn bản với id \"nq-1677-2025-ubtvqh16\" trong data/nguon.yaml."),
                p -> {
                    assertThat(p.field()).matches("agencies\\[\\d+]\\.sources\\[0]");
                    assertThat(p.message()).isEqualTo("không có nguồn với id \"nhan-dan-khong-co\" trong data/nguon.yaml.");
                });
    }

    @Test
    void aCommuneWhoseFormerDistrictDoesNotExistIsAnError() {
        String communes = TestSite.read(root.resolve(HistoryReader.COMMUNES));
        TestSite.put(root, HistoryReader.COMMUNES, communes.replace("former_districts: [minh-long]", "former_districts: [minh-lon]"));
        assertThat(read()).isNull();
        assertThat(problems.list()).hasSize(2).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("data/xa-phuong.yaml");
            assertThat(p.message()).contains("không có địa bàn với id \"minh-lon\"");
            assertThat(p.hint()).startsWith("Có phải ý bạn là \"minh-long\"?");
        });
    }

    @Test
    void successorsWithoutAnEndAndSuccessorsWrittenOnADistrictAreErrors() {
        addAgency("""
                - id: so-a
                  name: Sở A
                  level: tinh
                  kind: so-nganh
                  successors: [so-noi-vu]
                  sources: [nhandan-14-so-2025-02-18]
                """);
        String districts = TestSite.read(root.resolve(RegistryReader.DISTRICTS));
        TestSite.put(root, RegistryReader.DISTRICTS, districts.replace("    tile: [1, 2]\n", "    tile: [1, 2]\n    successors: [xa-minh-long]\n"));
        assertThat(read()).isNull();
        assertThat(problems.list()).extracting(Problem::file, Problem::message).containsExactlyInAnyOrder(
                Tuple.tuple("data/co-quan.yaml", "có đơn vị kế tiếp (successors) nhưng chưa ghi ngày kết thúc."),
                Tuple.tuple("data/dia-ban.yaml", "địa bàn không ghi successors ở đây."));
    }
}
