package vn.quangngai.dvk.data;

import java.util.Arrays;
import java.util.Optional;

/** The administrative level an agency works at. */
public enum Level {
    TINH("tinh", "Cấp tỉnh"),
    HUYEN("huyen", "Cấp huyện"),
    XA("xa", "Cấp xã");

    private final String id;
    private final String label;

    Level(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isLocal() {
        return this != TINH;
    }

    public static Optional<Level> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
