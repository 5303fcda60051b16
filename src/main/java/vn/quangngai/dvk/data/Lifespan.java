package vn.quangngai.dvk.data;

import java.time.LocalDate;
import java.util.List;

/**
 * When an agency, a district or a commune existed and what it became: {@code validFrom} and
 * {@code validTo} are null when open; {@code successors} are ids of agencies, districts or
 * communes, empty when no source names them; {@code act} is the id of the legal act that made the
 * change (null when none was found); {@code sources} are never empty; {@code note} may be null.
 */
public record Lifespan(DateOrMonth validFrom, DateOrMonth validTo, List<String> successors, String act, List<String> sources,
                       String note) {

    public Lifespan {
        successors = List.copyOf(successors);
        sources = List.copyOf(sources);
    }

    /** Whether the unit surely no longer existed on {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return validTo != null && validTo.last().isBefore(day);
    }

    /** Whether the unit surely did not exist yet on {@code day}. */
    public boolean beganAfter(LocalDate day) {
        return validFrom != null && validFrom.first().isAfter(day);
    }
}
