package vn.quangngai.dvk.story;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.quangngai.dvk.data.DateOrMonth;
import vn.quangngai.dvk.data.History;
import vn.quangngai.dvk.data.Lifespan;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.source.YamlFields;
import vn.quangngai.dvk.text.AdministrativeDate;

/**
 * Warns when a story names an agency, district or commune that did not exist at the time the story
 * tells of: ended before it (a 2026 story naming a 2023 district), or begun after it. The hint names
 * what the unit became, or came from, as the registry records it, and says when that is not recorded.
 * A warning, not an error: the writer may mean the old unit on purpose, and says so with {@code as_of}.
 */
final class UnitsInTime {

    private final Registry registry;
    private final YamlFields fields;
    private final DateOrMonth when;
    private final String whenLabel;

    /** @param asOf the time the story's facts describe, or null for its date */
    UnitsInTime(Registry registry, YamlFields fields, LocalDate date, DateOrMonth asOf) {
        this.registry = registry;
        this.fields = fields;
        this.when = asOf != null ? asOf : new DateOrMonth(date, date);
        this.whenLabel = asOf != null ? "thời điểm as_of của bài (" + asOf.label() + ")" : "ngày của bài (" + AdministrativeDate.formatShort(date) + ")";
    }

    /** @param path the field naming the unit, e.g. "agency" or "districts[1]" */
    void check(String path, String id) {
        History history = registry.history();
        Lifespan lifespan = history.lifespan(id).orElse(null);
        if (lifespan == null) {
            return;
        }
        String name = registry.unitName(id);
        if (lifespan.endedBefore(when.first())) {
            List<String> successors = history.successors(id);
            fields.warning(path, name + " (" + id + ") chỉ tồn tại đến " + lifespan.validTo().label() + ", trước " + whenLabel + ".",
                    (successors.isEmpty() ? "Chưa ghi nhận tên hiện nay của đơn vị này. "
                            : "Nay là: " + names(successors) + "; " + suggestion(path, successors) + " ")
                            + "Nếu bài kể về thời trước đó (ví dụ theo báo cáo năm 2023), giữ tên cũ và ghi as_of: 2023-08.");
        } else if (lifespan.beganAfter(when.last())) {
            List<String> predecessors = history.predecessors(id);
            fields.warning(path, name + " (" + id + ") chỉ có từ " + lifespan.validFrom().label() + ", sau " + whenLabel + ".",
                    (predecessors.isEmpty() ? "" : "Trước đó là: " + names(predecessors) + ". ")
                            + "Kiểm tra lại ngày (date, as_of) hoặc đơn vị được ghi.");
        }
    }

    private String names(List<String> ids) {
        return ids.stream().map(id -> registry.unitName(id) + " (" + id + ")").collect(Collectors.joining(", "));
    }

    private String suggestion(String path, List<String> successors) {
        boolean communes = successors.stream().allMatch(id -> registry.history().commune(id).isPresent());
        if (communes) {
            return "với bài mới, ghi communes: [" + String.join(", ", successors) + "] (chỉ giữ những xã, phường bài nói đến)"
                    + (path.startsWith("agency") ? " và ghi agency là cơ quan đang thực hiện mô hình." : ".");
        }
        return "với bài mới, ghi " + (path.startsWith("agency") ? "agency: " + successors.get(0) : "id của đơn vị mới") + ".";
    }
}
