package vn.quangngai.dvk.data;

import java.time.YearMonth;

/**
 * Who publishes the site and the document its content comes from, read from {@code data/trang.yaml}
 * by {@link ImprintReader}. Every page shows it (footer, structured data). It holds only what the
 * review report states: the report gives no address, phone number or e-mail, so the site has none.
 *
 * @param publisher the publishing agency's id in {@code data/co-quan.yaml}
 */
public record Imprint(String publisher, Report report) {

    /** The review report: its title, the month it is dated, and who signed it, with what title. */
    public record Report(String title, YearMonth month, String signer, String signerTitle) {
    }
}
