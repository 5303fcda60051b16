package vn.quangngai.dvk.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vn.quangngai.dvk.source.YamlFields;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Keys that look like a publication state but mean nothing to the tool ({@code published: false},
 * {@code hidden: true}, {@code Draft: true}, {@code trang-thai: nhap} …). Ignored with a warning,
 * they would publish the very story their writer meant to hold back: each is an error that names
 * the one spelling the tool knows, {@code draft}, and what it does.
 */
final class PublicationFlags {

    /** Key names, as slugs without hyphens. */
    private static final Set<String> NAMES = Set.of("published", "publish", "unpublished", "hidden", "hide", "visible",
            "visibility", "draft", "drafts", "status", "state", "private", "public", "publicationstatus", "trangthai",
            "tinhtrang", "an", "nhap", "bannhap", "xuatban", "congkhai", "hienthi", "duyet", "daduyet", "choduyet");
    /** Values, as slugs. */
    private static final Set<String> VALUES = Set.of("nhap", "ban-nhap", "draft", "hidden", "an", "unpublished", "private",
            "chua-xuat-ban", "khong-xuat-ban", "cho-duyet", "chua-duyet", "an-bai");

    private PublicationFlags() {
    }

    /** Reports every such key not in {@code known}; returns them, so that they are not also warned about as unknown. */
    static List<String> refuse(YamlFields f, JsonNode root, Set<String> known) {
        List<String> refused = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            // lower-case draft is the tool's own, checked by EntryReader itself
            if (known.contains(key) || key.equals("draft")) {
                continue;
            }
            JsonNode value = root.get(key);
            if (NAMES.contains(Vietnamese.slug(key).replace("-", ""))
                    || (value.isValueNode() && VALUES.contains(Vietnamese.slug(value.asText())))) {
                f.error(key, "trường \"" + key + "\" trông như trạng thái xuất bản, nhưng công cụ không hiểu nó: "
                                + "bài này sẽ vẫn được xuất bản công khai.",
                        "Công cụ chỉ hiểu một cách ghi: draft: true (chữ thường). Bài có draft: true là bản nháp: "
                                + "lệnh build bỏ qua, bản xem thử (serve) hiện bài với nhãn \"Bản nháp\". "
                                + "Để giữ bài chưa công khai, thay dòng \"" + key + "\" bằng draft: true; để xuất bản, xóa dòng đó.");
                refused.add(key);
            }
        }
        return refused;
    }
}
