package vn.quangngai.dvk.source;

import java.util.Locale;
import java.util.Set;

/**
 * File names Windows refuses whatever their extension: staff work on Windows, so a story, a page
 * or a published folder by one of these names could not be checked out, edited or deployed there.
 */
public final class WindowsNames {

    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** The names, for a message: "con, aux, nul, prn, com1…com9, lpt1…lpt9". */
    public static final String LISTED = "con, aux, nul, prn, com1…com9, lpt1…lpt9";

    private WindowsNames() {
    }

    /** Whether {@code name} ("con", "aux.md", "LPT1") is a device name Windows will not create a file by. */
    public static boolean isDevice(String name) {
        return DEVICES.contains(name.toLowerCase(Locale.ROOT).replaceFirst("\\..*$", ""));
    }
}
