package vn.quangngai.dvk.story;

/** A figure the report gives for a model: {@code value} "Hơn 3.000", {@code label} "hồ sơ được tiếp nhận". */
public record Figure(String value, String label) {
}
