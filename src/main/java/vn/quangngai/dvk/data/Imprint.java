package vn.quangngai.dvk.data;

import java.time.YearMonth;
import java.util.List;

/**
 * Who publishes the site and the document its content comes from, read from {@code data/trang.yaml}
 * by {@link ImprintReader}. Every page shows it (footer, structured data). The report gives no
 * address, phone number or e-mail; such a fact is shown only when data/trang.yaml names the public
 * source it was read in.
 *
 * @param publisher the publishing agency's id in {@code data/co-quan.yaml}
 * @param licence   the terms on which pages and open data may be reused, as the publisher decided
 *                  them; null while no decision is published (the site then says so)
 * @param contact   the publisher's contact details read in a public source; null when none is known
 * @param links     other sites a public source gives the address of (the province's portal …)
 */
public record Imprint(String publisher, Report report, String licence, Contact contact, List<Link> links) {

    public Imprint {
        links = List.copyOf(links);
    }

    public Imprint(String publisher, Report report) {
        this(publisher, report, null, null, List.of());
    }

    /** The review report: its title, the month it is dated, and who signed it, with what title. */
    public record Report(String title, YearMonth month, String signer, String signerTitle) {
    }

    /**
     * Contact details, each null when the source does not give it; {@code feedback} is where a reader
     * reports an error (a mailto: or https: address).
     */
    public record Contact(String address, String phone, String email, String feedback, String source) {
    }

    /** A link to another site: its name, its address and the source (nguon.yaml id) that gives it. */
    public record Link(String label, String url, String source) {
    }
}
