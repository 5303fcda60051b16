package vn.quangngai.dvk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Opens a page in the person's default browser (serve --open: staff start the editor with a
 * double-click on bien-tap.cmd). Through the system's own opener, not java.awt.Desktop: the share
 * cards make the JVM headless before the preview is up, and a headless JVM has no desktop.
 */
final class Browser {

    private Browser() {
    }

    /** The command that opens {@code url} on {@code os} (the os.name property). */
    static List<String> command(String os, String url) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            // rundll32 takes the address as one argument: no cmd.exe parsing of & or ^ in it
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        if (name.contains("mac")) {
            return List.of("open", url);
        }
        return List.of("xdg-open", url);
    }

    /** Opens {@code url}; where that fails (a server, a terminal only), says where to go instead. */
    static void open(String url, PrintStream out) {
        try {
            new ProcessBuilder(command(System.getProperty("os.name", ""), url)).inheritIO().start();
        } catch (IOException | SecurityException e) {
            out.println("Không mở được trình duyệt trên máy này: hãy mở " + url + " bằng tay.");
        }
    }
}
