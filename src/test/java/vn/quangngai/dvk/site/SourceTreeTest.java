package vn.quangngai.dvk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.testing.TestSite;

/** Links out of the project and special files are refused before anything is opened or published. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links and FIFOs need a POSIX file system")
class SourceTreeTest {

    @TempDir
    Path root;

    private Path site() {
        return TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
    }

    private List<Problem> buildFails(Path source) {
        try {
            new SiteBuild().run(source, root.resolve("site"));
        } catch (InvalidSourceException e) {
            assertThat(Files.exists(root.resolve("site"))).as("nothing published").isFalse();
            return e.errors();
        }
        throw new AssertionError("the build should have been refused");
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        assertThat(new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor()).isZero();
    }

    @Test
    void linksOutOfTheProjectAreRefusedNamingLinkAndTargetWhileLinksInsideItAreKept() throws IOException {
        Path source = site();
        Path secret = Files.writeString(root.resolve("secret.txt"), "mật khẩu");
        Files.createDirectories(source.resolve("assets/anh"));
        Files.createSymbolicLink(source.resolve("assets/anh/pw.jpg"), secret);
        Path outside = Files.createDirectories(root.resolve("ngoai"));
        Files.writeString(outside.resolve("shadow"), "bí mật");
        Files.createSymbolicLink(source.resolve("assets/etc"), outside);
        Files.writeString(source.resolve("assets/anh/that.jpg"), "jpg");
        Files.createSymbolicLink(source.resolve("assets/anh/ban-sao.jpg"), Path.of("that.jpg"));
        assertThat(buildFails(source)).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("assets/anh/pw.jpg: lỗi: liên kết trỏ ra ngoài thư mục nguồn, tới \"" + secret + "\""),
                p -> assertThat(p).startsWith("assets/etc: lỗi: liên kết trỏ ra ngoài thư mục nguồn, tới \"" + outside + "\""));
    }

    @Test
    void aStoryLinkedFromOutsideIsRefusedToo() throws IOException {
        Path source = site();
        Path outside = Files.writeString(root.resolve("b.md"), TestSite.story("B", "so-y-te"));
        Files.createSymbolicLink(source.resolve("content/mo-hinh/b.md"), outside);
        assertThat(buildFails(source)).extracting(Problem::file).containsExactly("content/mo-hinh/b.md");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails the test instead of the whole run
    void aFifoInContentOrDataIsRefusedWithoutBeingOpened() throws Exception {
        Path source = site();
        mkfifo(source.resolve("content/mo-hinh/b.md"));
        Files.delete(source.resolve("data/trang.yaml"));
        mkfifo(source.resolve("data/trang.yaml"));
        assertThat(buildFails(source)).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("content/mo-hinh/b.md: lỗi: không phải tệp thường hay thư mục"),
                p -> assertThat(p).startsWith("data/trang.yaml: lỗi: không phải tệp thường hay thư mục"));
    }
}
