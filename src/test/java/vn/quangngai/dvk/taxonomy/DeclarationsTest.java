package vn.quangngai.dvk.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.problem.InvalidSourceException;

class DeclarationsTest {

    @Test
    void aNameAloneDeclaresAGroupingWithEveryDefault() {
        List<Declaration> declared = Declarations.read(Map.of("taxonomies", "category,  region"), "jbake.properties", key -> 1, 7);
        assertThat(declared).containsExactly(
                new Declaration("category", "category", null, "category", 7, Declaration.Order.NEWEST, true, "term", "terms", "page-"),
                new Declaration("region", "region", null, "region", 7, Declaration.Order.NEWEST, true, "term", "terms", "page-"));
        assertThat(declared.get(0).pathOf("health", 1)).isEqualTo("category/health/");
        assertThat(declared.get(0).pathOf("health", 3)).isEqualTo("category/health/page-3/");
    }

    @Test
    void noListNoDeclaration() {
        assertThat(Declarations.read(Map.of(), "jbake.properties", key -> 0, 10)).isEmpty();
    }

    @Test
    void everyMistakeIsListedAtItsLine() {
        Map<String, String> settings = Map.of("taxonomies", "category Region category",
                "taxonomy.category.page-size", "0",
                "taxonomy.category.path", "/categories/",
                "taxonomy.category.empty-pages", "yes",
                "taxonomy.category.key", " ");
        Map<String, Integer> lines = Map.of("taxonomies", 1, "taxonomy.category.page-size", 2, "taxonomy.category.path", 3,
                "taxonomy.category.empty-pages", 4, "taxonomy.category.key", 5);
        assertThatThrownBy(() -> Declarations.read(settings, "jbake.properties", lines::get, 10))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                        "jbake.properties:1: lỗi: [taxonomies] tên khai báo \"Region\" không hợp lệ. — Dùng chữ thường không dấu, số, '-' hoặc '_', ví dụ: category.",
                        "jbake.properties:1: lỗi: [taxonomies] \"category\" được liệt kê hai lần. — Mỗi tên chỉ liệt kê một lần.",
                        "jbake.properties:2: lỗi: [taxonomy.category.page-size] giá trị \"0\" không hợp lệ. — Hợp lệ: một số nguyên từ 1 đến 1000.",
                        "jbake.properties:3: lỗi: [taxonomy.category.path] giá trị \"/categories/\" không hợp lệ. — Hợp lệ: chữ thường không dấu, số, '-', '_', các phần cách nhau bằng '/', không có '/' ở đầu hay cuối.",
                        "jbake.properties:4: lỗi: [taxonomy.category.empty-pages] giá trị \"yes\" không hợp lệ. — Hợp lệ: true hoặc false.",
                        "jbake.properties:5: lỗi: [taxonomy.category.key] để trống. — khóa trong phần đầu bài (mặc định: tên khai báo); bỏ dòng này để dùng giá trị mặc định."));
    }

    @Test
    void valuesAreAListsItemsOrATextSplitAtCommas() {
        assertThat(DeclaredGroups.values("north, coast,,")).containsExactly("north", "coast");
        assertThat(DeclaredGroups.values(List.of("a", "b, c"))).containsExactly("a", "b", "c");
        assertThat(DeclaredGroups.values(new String[] {" x "})).containsExactly("x");
        assertThat(DeclaredGroups.values(null)).isEmpty();
    }

    @Test
    void aDataFileWithoutIdsOrNamesIsRefusedAtItsLines() {
        assertThatThrownBy(() -> DeclaredGroups.terms("- id: health\n  name: Health\n- id: Bad Id\n  name: X\n- id: health\n", "data/c.yaml"))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "data/c.yaml:3: lỗi: [[1].id] id \"Bad Id\" không hợp lệ. — Hợp lệ: chữ thường không dấu, số, '-' hoặc '_' (một phần của địa chỉ trang).",
                        "data/c.yaml:5: lỗi: [[2].id] id \"health\" đã có ở dòng 1. — Mỗi mục một id riêng.",
                        "data/c.yaml:5: lỗi: [[2].name] thiếu name. — Tên mục, như người đọc thấy."));
    }
}
