package vn.quangngai.dvk.data;

/** A kind of agency (sở, ngành; Ủy ban nhân dân; phòng chuyên môn …). */
public record Kind(String id, String name) {
}
