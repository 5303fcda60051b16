package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A build writes only into a folder that is the tool's: anything else given as {@code --out}
 * (a home folder, the staff guides, a git repository, a file, the folder holding the source) is
 * refused with a message naming it, and after several attempts every file is there, byte for
 * byte, and nothing new lies beside it.
 */
class OutputSafetyTest {

    @TempDir
    Path root;
    Path source;

    @BeforeEach
    void writeASource() {
        source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te")));
    }

    /** Every entry under {@code folder} (never through a link): a file's SHA-256, a folder's or link's kind. */
    private static Map<String, String> everything(Path folder) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    entries.put(name, "link → " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name, "folder");
                } else {
                    entries.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    /** Three builds into {@code out} are refused, each naming it, and nothing under {@code root} changes. */
    private void refusedThreeTimes(Path out, String why) {
        Map<String, String> before = everything(root);
        for (int build = 0; build < 3; build++) {
            assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(out.toAbsolutePath().normalize().toString()).hasMessageContaining(why);
        }
        assertThat(everything(root)).isEqualTo(before);
    }

    @Test
    void aHomeFolderWithADocumentAndAnSshKeyIsRefusedAndKept() throws IOException {
        Path home = Files.createDirectories(root.resolve("home"));
        Files.createDirectories(home.resolve("Tài liệu"));
        Files.write(home.resolve("Tài liệu/báo cáo.docx"), new byte[] {'P', 'K', 3, 4, 0, 1, 2});
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----\n");
        refusedThreeTimes(home, "không trống và không có tệp đánh dấu .dan-van-kheo");
    }

    @Test
    void aCopyOfTheStaffGuidesIsRefusedAndKept() throws IOException {
        Path docs = root.resolve("docs");
        TestSite.copyTree(TestSite.PROJECT.resolve("docs"), docs);
        Files.writeString(docs.resolve("deploy.md"), "\nmột sửa đổi chưa commit\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        refusedThreeTimes(docs, "không trống");
    }

    @Test
    void aGitRepositorysOwnFolderIsRefusedAndKept() throws IOException {
        Path git = Files.createDirectories(root.resolve("du-an/.git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("config"), "[core]\n\trepositoryformatversion = 0\n");
        Files.createDirectories(git.resolve("objects/ab"));
        Files.write(git.resolve("objects/ab/cdef0123"), new byte[] {120, 1, 2, 3});
        refusedThreeTimes(git, ".git");
        refusedThreeTimes(git.resolve("trang"), ".git");
    }

    @Test
    void aFileIsRefusedAndKept() throws IOException {
        Path notes = Files.writeString(root.resolve("notes.txt"), "ghi chú quan trọng\n");
        refusedThreeTimes(notes, "là một tệp");
    }

    @Test
    void theCommandExitsWithAnErrorNamingTheFolder() throws IOException {
        Path notes = Files.writeString(root.resolve("notes.txt"), "ghi chú quan trọng\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = vn.quangngai.dvk.cli.Main.run(new String[] {"build", "--source", source.toString(), "--out", notes.toString()},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(notes.toString()).contains("là một tệp");
        assertThat(notes).hasContent("ghi chú quan trọng");
    }

    @Test
    void aSourceReachedThroughALinkIsRecognisedInsideTheOutput() throws IOException {
        Path real = Files.createDirectories(root.resolve("real"));
        Files.move(source, real.resolve("du-an"));
        Path link = Files.createSymbolicLink(root.resolve("link"), real.resolve("du-an"));
        source = link;
        refusedThreeTimes(real, "chứa nguồn trang");
        assertThat(real.resolve("du-an/content/mo-hinh/a.md")).exists();
    }

    @Test
    void aFolderBesideTheOutputWithABuildsNameButNotTheToolsIsRefusedAndKept() throws IOException {
        Path previous = Files.createDirectories(root.resolve(".site.previous"));
        Files.writeString(previous.resolve("luu-y.txt"), "của người khác\n");
        refusedThreeTimes(root.resolve("site"), ".site.previous");
    }

    @Test
    void anEmptyFolderBecomesTheToolsAndIsRebuiltAgainAndAgain() throws IOException {
        Path out = Files.createDirectories(root.resolve("site"));
        new SiteBuild().run(source, out);
        TestSite.put(source, "content/mo-hinh/b.md", TestSite.story("B", "so-y-te"));
        new SiteBuild().run(source, out);
        new SiteBuild().run(source, out);
        assertThat(out.resolve("mo-hinh/b/index.html")).exists();
        assertThat(out.resolve(".dan-van-kheo")).exists();
    }
}
