package vn.quangngai.dvk.data;

import java.time.LocalDate;
import java.util.List;

/** A legal act that changed agencies or places (a resolution, a law, a decree), with the sources it was read in. */
public record LegalAct(String id, String number, String title, String issuer, LocalDate date, List<String> sources) {

    public LegalAct {
        sources = List.copyOf(sources);
    }

    /** "Nghị quyết … số 1677/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội". */
    public String citation() {
        return title + " số " + number + " ngày " + vn.quangngai.dvk.text.AdministrativeDate.formatShort(date) + " của " + issuer;
    }
}
