package vn.quangngai.dvk.data;

/**
 * A public document or page a fact was read in ({@code data/nguon.yaml}): its title as it names
 * itself, who issued or published it, its number and date where it has them (null otherwise),
 * the address where it was read, and a note on how far it was read and trusted (may be null).
 */
public record Source(String id, String title, String issuer, String number, DateOrMonth date, String url, String note) {
}
