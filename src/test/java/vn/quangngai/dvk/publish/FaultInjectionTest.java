package vn.quangngai.dvk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A build killed at each point of publishing, for real: a process of its own halts there
 * ({@link Runtime#halt}, no cleanup of any kind runs), and the next build first puts back a
 * complete site, the old one or the new one, file for file.
 */
class FaultInjectionTest {

    /** Points after which the new site is the one at the output once the next build recovered. */
    private static final Set<Faults.Point> NEW_SITE = EnumSet.of(Faults.Point.STAGING_MOVED_IN,
            Faults.Point.JOURNAL_DELETED, Faults.Point.TRASH_HALF_DELETED);

    @TempDir
    Path root;

    @ParameterizedTest
    @EnumSource(Faults.Point.class)
    void aBuildKilledAtAnyPointOfPublishingLeavesACompleteOldOrNewSite(Faults.Point point) throws IOException, InterruptedException {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                -- content/mo-hinh/b.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te"), TestSite.story("B", "ubnd-huyen-ly-son")));
        Path out = root.resolve("site");
        new SiteBuild().run(source, out);
        if (point == Faults.Point.TRASH_HALF_DELETED) {
            // the site before last is trashed when the staging folder is not made of it: here, a
            // killed build's empty staging folder is there to be written over
            new SiteBuild().run(source, out);
            Files.createDirectory(root.resolve(".site.building"));
        }
        Map<String, String> oldSite = SiteFiles.of(out);
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A đã sửa", "so-y-te"));
        TestSite.put(source, "content/mo-hinh/c.md", TestSite.story("C", "so-y-te"));
        Path fresh = root.resolve("fresh/site");
        new SiteBuild().run(source, fresh);
        Map<String, String> newSite = SiteFiles.of(fresh);
        assertThat(newSite).isNotEqualTo(oldSite);

        Path log = root.resolve("child.log");
        Process child = ChildBuild.start(log, point.name(), source.toString(), out.toString());
        assertThat(child.waitFor()).as(ChildBuild.log(log)).isEqualTo(ChildBuild.HALTED);
        if (point == Faults.Point.OUT_MOVED_AWAY) {
            assertThat(out).as("killed while there is no site at the output").doesNotExist();
        }

        // what the next build does first, before it reads the source
        Publication.open(source, out, Duration.ZERO).close();
        assertThat(SiteFiles.of(out)).isEqualTo(NEW_SITE.contains(point) ? newSite : oldSite);
        assertThat(SiteFiles.names(root)).doesNotContain(".site.swap", ".site.trash");

        new SiteBuild().run(source, out);
        assertThat(SiteFiles.of(out)).isEqualTo(newSite);
        assertThat(SiteFiles.names(root)).containsExactly(".dan-van-kheo-anh", ".site.lock", ".site.previous", "child.log", "fresh", "site", "src");
    }

    /** A first build killed while its site is being moved in: there is no old site, and the new one is whole. */
    @Test
    void aFirstBuildKilledBeforeItsSiteIsInPlaceLeavesTheWholeNewSite() throws IOException, InterruptedException {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te")));
        Path fresh = root.resolve("fresh/site");
        new SiteBuild().run(source, fresh);
        Path out = root.resolve("site");
        Path log = root.resolve("child.log");
        Process child = ChildBuild.start(log, Faults.Point.OUT_MOVED_AWAY.name(), source.toString(), out.toString());
        assertThat(child.waitFor()).as(ChildBuild.log(log)).isEqualTo(ChildBuild.HALTED);
        assertThat(out).doesNotExist();
        Publication.open(source, out, Duration.ZERO).close();
        assertThat(SiteFiles.of(out)).isEqualTo(SiteFiles.of(fresh));
    }
}
