package vn.quangngai.dvk.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folders a writer edits (content, data, templates, assets) and jbake.properties,
 * and runs a rebuild once a burst of changes has settled: editors save in several steps.
 */
public final class SourceWatcher implements AutoCloseable {

    static final List<String> WATCHED = List.of("content", "data", "templates", "assets");
    // long enough for a save (a temporary file renamed, or a truncate and a write) to arrive whole; a
    // burst split in two only costs a second warm build
    private static final long SETTLE_MILLIS = 30;

    private final Path source;
    private final WatchService service;
    private final Thread thread;

    private SourceWatcher(Path source, Runnable rebuild, Consumer<Throwable> failed) throws IOException {
        this.source = source.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        registerAll(this.source, false);
        for (String folder : WATCHED) {
            registerAll(this.source.resolve(folder), true);
        }
        this.thread = new Thread(() -> loop(rebuild, failed), "dvk-watch");
    }

    /**
     * @param failed told of anything a rebuild (or watching itself) throws; the watcher goes on
     *               watching, since the next save may fix it
     */
    public static SourceWatcher start(Path source, Runnable rebuild, Consumer<Throwable> failed) throws IOException {
        SourceWatcher watcher = new SourceWatcher(source, rebuild, failed);
        watcher.thread.start();
        return watcher;
    }

    private void registerAll(Path folder, boolean recursive) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        if (!recursive) {
            folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }

    private void loop(Runnable rebuild, Consumer<Throwable> failed) {
        try {
            while (true) {
                WatchKey key = service.take();
                try {
                    boolean relevant = drain(key);
                    // let the burst settle, collecting every event of it
                    WatchKey more;
                    while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                        relevant |= drain(more);
                    }
                    if (relevant) {
                        rebuild.run();
                    }
                } catch (RuntimeException | Error e) {
                    if (e instanceof ClosedWatchServiceException closed) {
                        throw closed;
                    }
                    failed.accept(e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a key's events, watching new folders; true when a file that matters changed. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (dir.equals(source)) {
                relevant |= changed.getFileName().toString().equals("jbake.properties");
                continue;
            }
            relevant |= !changed.getFileName().toString().startsWith(".");
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerAll(changed, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
        // a rebuild under way finishes first (a bounded wait): nothing writes into the preview after close
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }

    private static final long CLOSE_WAIT_MILLIS = 30_000;
}
