package vn.quangngai.dvk.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * Prints every skipped test with its reason on the console, where Maven's summary only counts
 * them ("Skipped: 11") and the reason sits in Surefire's XML. Registered for every test class
 * through META-INF/services and junit-platform.properties. A JUnit Platform
 * TestExecutionListener would see the same, but needs junit-platform-launcher on the test class
 * path, which the pom does not declare; a test class skipped in its @BeforeAll is caught here.
 */
public final class SkipReasons implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    private static final PrintStream CONSOLE = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** The line printed for one skipped test or class. */
    public static String line(String test, String reason) {
        return "[bỏ qua] " + test + " — " + (reason == null || reason.isBlank() ? "không ghi lý do" : reason);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        CONSOLE.println(line(name(context), reason.orElse(null)));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        CONSOLE.println(line(name(context), cause == null ? null : cause.getMessage()));
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (throwable instanceof TestAbortedException) {
            CONSOLE.println(line(context.getRequiredTestClass().getSimpleName() + " (cả lớp)", throwable.getMessage()));
        }
        throw throwable;
    }

    private static String name(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "#" + context.getDisplayName();
    }
}
