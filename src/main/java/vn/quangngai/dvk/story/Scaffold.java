package vn.quangngai.dvk.story;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.History;
import vn.quangngai.dvk.data.Registry;

/**
 * The text of a new story for a writer to fill: title, today's date and the agency filled in, and
 * the valid ids of every other field listed in comments beside it — of districts and communes,
 * only those that existed on that date.
 */
public final class Scaffold {

    private Scaffold() {
    }

    public static String story(String title, Agency agency, LocalDate date, Registry registry) {
        History history = registry.history();
        String districts = registry.districts().stream().filter(d -> history.existedOn(d.id(), date))
                .map(d -> "#   " + d.id() + " — " + oneLine(d.name())).collect(Collectors.joining("\n"));
        String communes = history.communes().stream().filter(c -> history.existedOn(c.id(), date))
                .map(c -> "#   " + c.id() + " — " + oneLine(c.name())).collect(Collectors.joining("\n"));
        String fields = registry.fields().stream().map(f -> "#   " + f.id() + " — " + oneLine(f.name()))
                .collect(Collectors.joining("\n"));
        String districtLine = agency.district() != null
                ? "# districts: bỏ trống thì lấy địa bàn của cơ quan (" + agency.district() + "). Nếu ghi, ghi đủ mọi địa bàn"
                        + " của mô hình, kể cả " + agency.district() + ", ví dụ: districts: [" + agency.district() + ", …]\n"
                : "# districts: bỏ trống nếu mô hình áp dụng toàn tỉnh; nếu gắn với huyện cụ thể, ghi ví dụ: districts: [mo-duc]\n";
        return "---\n"
                + "# Tên mô hình, ghi đúng như trong báo cáo.\n"
                + "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "# Ngày đăng bài, dạng năm-tháng-ngày.\n"
                + "date: " + date + "\n"
                + "# Cơ quan thực hiện: " + oneLine(agency.name()) + "\n"
                + "agency: " + agency.id() + "\n"
                + ended(agency, date, registry)
                + (districts.isEmpty()
                        ? "# districts: các huyện, thị xã, thành phố năm 2023 không còn vào ngày này; bài kể về thời trước đó"
                                + " thì ghi as_of (ví dụ as_of: 2023-08) rồi ghi districts như báo cáo.\n"
                        : districtLine + "# Các id địa bàn (data/dia-ban.yaml):\n" + districts + "\n")
                + (communes.isEmpty() ? ""
                        : "# communes: xã, phường, đặc khu nơi có mô hình, ví dụ: communes: [xa-phuoc-giang]. Các id (data/xa-phuong.yaml):\n"
                                + communes + "\n")
                + "# Lĩnh vực: một hoặc nhiều id, ví dụ: fields: [y-te, cai-cach-hanh-chinh]. Các id (data/linh-vuc.yaml):\n"
                + fields + "\n"
                + "fields: []\n"
                + "# Một, hai câu giới thiệu mô hình, viết bằng lời của mình.\n"
                + "summary: \"\"\n"
                + "# Số liệu: chỉ ghi con số có trong báo cáo; không có thì xóa ba dòng dưới.\n"
                + "# figures:\n"
                + "#   - value: \"Hơn 3.000\"\n"
                + "#     label: \"hồ sơ được tiếp nhận, giải quyết\"\n"
                + "---\n"
                + "## Mô hình là gì\n\n"
                + "## Kết quả\n";
    }

    /** A name from a data file may hold a line break (a folded YAML value); in a comment it would end the comment. */
    private static String oneLine(String name) {
        return name.replaceAll("\\s+", " ");
    }

    /** A comment line when the agency no longer existed on the date, naming what it became. */
    private static String ended(Agency agency, LocalDate date, Registry registry) {
        History history = registry.history();
        if (history.existedOn(agency.id(), date)) {
            return "";
        }
        List<String> successors = history.successors(agency.id());
        return "# Lưu ý: cơ quan này không còn vào ngày trên; "
                + (successors.isEmpty() ? "tên hiện nay chưa được ghi nhận."
                        : "nay là: " + successors.stream().map(id -> oneLine(registry.unitName(id)) + " (" + id + ")").collect(Collectors.joining(", ")) + ".")
                + "\n";
    }
}
