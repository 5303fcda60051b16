package vn.quangngai.dvk.source;

import java.util.List;

/** Where a key is set in a settings file or a header of {@code key=value} (or {@code key: value}) lines, for errors. */
public final class KeyLines {

    private KeyLines() {
    }

    /**
     * The line (from 1) on which {@code key} is first set, followed (after spaces) by one of
     * {@code separators}; 0 when it is not.
     */
    public static int lineOf(List<String> lines, String key, String separators) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(key)) {
                String rest = line.substring(key.length()).strip();
                if (!rest.isEmpty() && separators.indexOf(rest.charAt(0)) >= 0) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
