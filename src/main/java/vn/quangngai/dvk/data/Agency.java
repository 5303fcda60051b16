package vn.quangngai.dvk.data;

/**
 * An agency that runs models or is named in the report. {@code id} is a stable ASCII slug kept
 * when the name changes; {@code district} is set for local agencies; {@code parent} may be null.
 */
public record Agency(String id, String name, String shortName, Level level, String kind, String district, String parent) {
}
