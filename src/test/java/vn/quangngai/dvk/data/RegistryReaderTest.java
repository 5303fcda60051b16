package vn.quangngai.dvk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

class RegistryReaderTest {

    @TempDir
    Path root;

    private Problems problems = new Problems();

    private Registry read() {
        problems = new Problems();
        return new RegistryReader(root, problems).read();
    }

    @Test
    void theShippedDataIsValidAndComplete() {
        Registry registry = new RegistryReader(TestSite.PROJECT, problems).read();
        assertThat(problems.list()).isEmpty();
        assertThat(registry.districts()).hasSize(13);
        assertThat(registry.districts().stream().filter(d -> "mien-nui".equals(d.terrain())).map(District::id))
                .containsExactlyInAnyOrder("ba-to", "minh-long", "son-ha", "son-tay", "tra-bong");
        assertThat(registry.districts().stream().filter(d -> "hai-dao".equals(d.terrain())).map(District::id))
                .containsExactly("ly-son");
        assertThat(registry.agency("so-noi-vu")).isPresent();
        assertThat(registry.agencies()).allSatisfy(a -> assertThat(a.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void listsAreInVietnameseOrder() {
        Registry registry = new RegistryReader(TestSite.PROJECT, problems).read();
        assertThat(registry.districts().get(0).name()).isEqualTo("Huyện Ba Tơ");
        assertThat(registry.districts().get(registry.districts().size() - 1).name()).isEqualTo("Thị xã Đức Phổ");
    }

    @Test
    void duplicateAgencyIdsAreReportedWithBothLines() {
        TestSite.write(root, "");
        TestSite.put(root, "data/co-quan.yaml", """
                kinds:
                  - id: ubnd
                    name: Ủy ban nhân dân
                agencies:
                  - id: ubnd-a
                    name: UBND A
                    level: tinh
                    kind: ubnd
                  - id: ubnd-a
                    name: UBND B
                    level: tinh
                    kind: ubnd
                """);
        read();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("data/co-quan.yaml");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("bị trùng").contains("dòng 5");
        });
    }

    @Test
    void anAgencyInAnUnknownDistrictGetsASuggestion() {
        TestSite.write(root, "");
        TestSite.put(root, "data/co-quan.yaml", """
                kinds:
                  - id: ubnd
                    name: Ủy ban nhân dân
                agencies:
                  - id: ubnd-huyen-mo-duc
                    name: UBND huyện Mộ Đức
                    level: huyen
                    kind: ubnd
                    district: mo-dcu
                """);
        read();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("agencies[0].district");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.hint()).startsWith("Có phải ý bạn là \"mo-duc\"?");
        });
    }

    @Test
    void aLocalAgencyWithoutDistrictAndAnUnknownKindAndParent() {
        TestSite.write(root, "");
        TestSite.put(root, "data/co-quan.yaml", """
                kinds:
                  - id: ubnd
                    name: Ủy ban nhân dân
                agencies:
                  - id: ubnd-xa-a
                    name: UBND xã A
                    level: xa
                    kind: ubndd
                    parent: ubnd-huyen-x
                """);
        read();
        assertThat(problems.list()).extracting(Problem::field)
                .containsExactlyInAnyOrder("agencies[0].kind", "agencies[0].district", "agencies[0].parent");
    }

    @Test
    void malformedDataFileGivesLineAndColumn() {
        TestSite.write(root, "");
        TestSite.put(root, "data/dia-ban.yaml", "districts:\n  - id: a\n    name: [B\n");
        assertThat(read()).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("data/dia-ban.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void aMissingDataFileIsAnErrorNotAnEmptyMap() {
        TestSite.write(root, "");
        TestSite.put(root, "data/linh-vuc.yaml", "");
        assertThat(read()).isNull();
        assertThat(problems.list()).extracting(Problem::file).contains("data/linh-vuc.yaml");
    }

    @Test
    void twoNamesThatFoldToOneSlugAreDetected() {
        TestSite.write(root, "");
        TestSite.put(root, "data/linh-vuc.yaml", "fields:\n  - id: a\n    name: Y tế\n  - id: b\n    name: Ý tế\n");
        read();
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.message()).contains("trùng với tên"));
    }

    @Test
    void idsMustBeAsciiSlugs() {
        TestSite.write(root, "");
        TestSite.put(root, "data/linh-vuc.yaml", "fields:\n  - id: Y Tế\n    name: Y tế\n");
        read();
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.hint()).contains("\"y-te\""));
    }

    @Test
    void anUnknownTopLevelKeyInADataFileIsAWarningWithFileLineAndKey() throws Exception {
        TestSite.copyTree(TestSite.PROJECT.resolve("data"), root.resolve("data"));
        Path fields = root.resolve("data/linh-vuc.yaml");
        Files.writeString(fields, Files.readString(fields) + "feilds:\n  - id: x\n    name: X\n");
        Path agencies = root.resolve("data/co-quan.yaml");
        Files.writeString(agencies, "agencie:\n  - id: x\n" + Files.readString(agencies));
        assertThat(read()).isNotNull();
        assertThat(problems.list()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("data/co-quan.yaml:1: cảnh báo: [agencie] trường \"agencie\" không được dùng")
                        .contains("Có phải ý bạn là \"agencies\"?"),
                p -> assertThat(p).matches("data/linh-vuc\\.yaml:\\d+: cảnh báo: \\[feilds\\] .*").contains("\"fields\"?"));
    }
}
