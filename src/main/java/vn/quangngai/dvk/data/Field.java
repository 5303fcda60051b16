package vn.quangngai.dvk.data;

/** A field (lĩnh vực) a model works in. */
public record Field(String id, String name) {
}
