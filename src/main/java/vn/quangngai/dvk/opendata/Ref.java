package vn.quangngai.dvk.opendata;

/** An agency, district or field as the open data names it: its stable id and its Vietnamese name. */
public record Ref(String id, String name) {
}
