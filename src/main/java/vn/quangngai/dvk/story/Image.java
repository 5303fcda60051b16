package vn.quangngai.dvk.story;

/** An optional picture of a story: a path under assets/ and its required text alternative. */
public record Image(String src, String alt) {
}
