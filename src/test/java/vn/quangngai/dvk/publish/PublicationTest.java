package vn.quangngai.dvk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.TestSite;

/** The swap's rollback, and the lock between builds of one output, in this process and across processes. */
class PublicationTest {

    @TempDir
    Path root;
    Path source;
    Path out;
    Map<String, String> oldSite;

    @BeforeEach
    void publishASite() {
        source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te")));
        out = root.resolve("site");
        new SiteBuild().run(source, out);
        oldSite = SiteFiles.of(out);
        TestSite.put(source, "content/mo-hinh/b.md", TestSite.story("B", "ubnd-huyen-ly-son"));
    }

    @AfterEach
    void noMoreFaults() {
        Publication.faults = Faults.NONE;
    }

    /** The last rename fails (on Windows: a file open in the new folder): the old site is renamed back. */
    @Test
    void whenTheNewSiteCannotBeMovedInTheOldOneIsPutBack() {
        Publication.faults = point -> {
            if (point == Faults.Point.OUT_MOVED_AWAY) {
                throw new java.nio.file.AccessDeniedException(root.resolve(".site.building").toString());
            }
        };
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("không thay được " + out).hasMessageContaining("trang đã xuất bản trước đó vẫn ở " + out)
                .hasMessageContaining("Windows");
        assertThat(SiteFiles.of(out)).isEqualTo(oldSite);
        assertThat(SiteFiles.names(root)).containsExactly(".dan-van-kheo-anh", ".site.lock", "site", "src");
        Publication.faults = Faults.NONE;
        new SiteBuild().run(source, out);
        assertThat(out.resolve("mo-hinh/b/index.html")).exists();
    }

    @Test
    void whenTheOldSiteCannotBeMovedAwayNothingMoves() {
        Publication.faults = point -> {
            if (point == Faults.Point.PREVIOUS_TRASHED) {
                throw new IOException("giả lập: ổ đĩa báo lỗi");
            }
        };
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("trang đã xuất bản trước đó vẫn ở " + out);
        assertThat(SiteFiles.of(out)).isEqualTo(oldSite);
        assertThat(SiteFiles.names(root)).containsExactly(".dan-van-kheo-anh", ".site.lock", "site", "src");
    }

    /** A preview and a build in one process: the JVM allows one lock per file, so the second waits here too. */
    @Test
    void aSecondBuildInThisProcessWaitsThenRefusesNamingTheHolder() {
        try (Publication held = Publication.open(source, out, Duration.ZERO)) {
            assertThatThrownBy(() -> Publication.open(source, out, Duration.ofMillis(200)))
                    .isInstanceOf(OutputRefusedException.class)
                    .hasMessageContaining("Thư mục kết quả " + out + " đang được một bản dựng khác ghi")
                    .hasMessageContaining("tiến trình " + ProcessHandle.current().pid());
        }
        Publication.open(source, out, Duration.ZERO).close();
        assertThat(SiteFiles.of(out)).isEqualTo(oldSite);
    }

    /** Another process holds the lock: refused with its process id; once it is killed, its lock is gone with it. */
    @Test
    void aLockHeldByAnotherProcessIsRespectedAndALockOfAKilledProcessIsNot() throws IOException, InterruptedException {
        Process holder = ChildBuild.start(root.resolve("holder.log"), "hold", source.toString(), out.toString());
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> Publication.open(source, out, Duration.ofMillis(300)))
                    .isInstanceOf(OutputRefusedException.class)
                    .hasMessageContaining("tiến trình " + holder.pid());
            assertThat(SiteFiles.of(out)).isEqualTo(oldSite);
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
        // killed without a chance to unlock: the operating system released the lock
        Publication.open(source, out, Duration.ZERO).close();
        new SiteBuild().run(source, out);
        assertThat(out.resolve("mo-hinh/b/index.html")).exists();
    }

    /** Two processes build one output at once: one publishes, the other waits and publishes after it; the site is whole. */
    @Test
    void twoProcessesBuildingOneOutputAtOnceBothPublishAWholeSite() throws IOException, InterruptedException {
        Process first = ChildBuild.start(root.resolve("first.log"), "build", source.toString(), out.toString());
        Process second = ChildBuild.start(root.resolve("second.log"), "build", source.toString(), out.toString());
        assertThat(first.waitFor()).as(ChildBuild.log(root.resolve("first.log"))).isZero();
        assertThat(second.waitFor()).as(ChildBuild.log(root.resolve("second.log"))).isZero();
        Path fresh = root.resolve("fresh/site");
        new SiteBuild().run(source, fresh);
        assertThat(SiteFiles.of(out)).isEqualTo(SiteFiles.of(fresh));
    }
}
