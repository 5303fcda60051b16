package vn.quangngai.dvk.data;

/**
 * One of the 13 district-level units of Quảng Ngãi in 2023. {@code terrain} is "mien-nui"
 * (mountain), "hai-dao" (island) or null; {@code tile} may be null. Vietnam has had no district level since 1 July 2025,
 * so a district is a historical attribute of a story.
 */
public record District(String id, String name, String kind, String terrain, Tile tile) {

    /** Where the district's square goes on the tile map: column and row, from the top left. */
    public record Tile(int column, int row) {
    }

    public String kindLabel() {
        return switch (kind) {
            case "thanh-pho" -> "Thành phố";
            case "thi-xa" -> "Thị xã";
            default -> "Huyện";
        };
    }

    public String terrainLabel() {
        if (terrain == null) {
            return null;
        }
        return switch (terrain) {
            case "mien-nui" -> "Huyện miền núi";
            case "hai-dao" -> "Huyện đảo";
            default -> null;
        };
    }
}
