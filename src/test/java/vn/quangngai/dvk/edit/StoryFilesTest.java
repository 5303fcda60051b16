package vn.quangngai.dvk.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryFilesTest {

    private static final String STORY = "---\ntitle: \"Tên\"\ndate: 2026-11-25\nagency: so-y-te\nfields: [y-te]\n"
            + "summary: \"Tóm tắt.\"\n---\nNội dung.\n";

    @TempDir
    Path project;
    private Path content;
    private StoryFiles files;

    @BeforeEach
    void site() throws IOException {
        content = Files.createDirectories(project.resolve("content/mo-hinh")).getParent();
        files = new StoryFiles(content);
    }

    @Test
    void savingWhatWasOpenedWritesTheCanonicalTextAndReturnsItsHash() throws IOException {
        Path file = content.resolve("mo-hinh/a.md");
        Files.writeString(file, STORY.replace("\n", "\r\n"));
        StoryFiles.Opened opened = files.open(Path.of("mo-hinh/a.md"));
        assertThat(opened.sha256()).isEqualTo(StoryFiles.sha256(Files.readAllBytes(file)));

        StoryFiles.Result result = files.save(Path.of("mo-hinh/a.md"), opened.text().withDraft(true), opened.sha256());

        assertThat(Files.readString(file)).isEqualTo(STORY.replace("summary: \"Tóm tắt.\"\n", "summary: \"Tóm tắt.\"\ndraft: true\n"));
        assertThat(result).isEqualTo(new StoryFiles.Saved(StoryFiles.sha256(Files.readAllBytes(file))));
        assertThat(leftovers()).containsExactly("a.md");
    }

    @Test
    void aFileChangedSinceItWasOpenedIsNotOverwrittenAndItsTextIsReturned() throws IOException {
        Path file = content.resolve("mo-hinh/a.md");
        Files.writeString(file, STORY);
        StoryFiles.Opened opened = files.open(file);
        String colleague = STORY.replace("Nội dung.", "Đồng nghiệp vừa sửa.");
        Files.writeString(file, colleague);

        StoryFiles.Result result = files.save(file, opened.text().withBody("Bản của tôi.\n"), opened.sha256());

        assertThat(result).isEqualTo(new StoryFiles.Conflict(colleague,
                StoryFiles.sha256(colleague.getBytes(StandardCharsets.UTF_8))));
        assertThat(Files.readString(file)).isEqualTo(colleague);
        assertThat(leftovers()).containsExactly("a.md");
    }

    @Test
    void aNewStoryIsNotWrittenOverAFileOfTheSameNameNorAFileDeletedSinceOpening() throws IOException {
        Path file = content.resolve("mo-hinh/a.md");
        Files.writeString(file, STORY);
        StoryText story = StoryTextReader.read(STORY, "a.md");
        assertThat(files.save(Path.of("mo-hinh/a.md"), story, null)).isInstanceOf(StoryFiles.Conflict.class);

        String sha = files.open(file).sha256();
        Files.delete(file);
        assertThat(files.save(file, story, sha)).isEqualTo(new StoryFiles.Conflict(null, null));
        assertThat(file).doesNotExist();

        assertThat(files.save(Path.of("mo-hinh/b.md"), story, null)).isInstanceOf(StoryFiles.Saved.class);
        assertThat(content.resolve("mo-hinh/b.md")).hasContent(STORY.stripTrailing());
    }

    @Test
    void aNewStoryWhoseNameDiffersOnlyInCaseFromAnotherIsRefusedAsWindowsWouldSeeOneFile() throws IOException {
        Files.writeString(content.resolve("mo-hinh/mot-cua.md"), STORY);
        StoryText story = StoryTextReader.read(STORY, "a.md");
        assertThat(files.save(Path.of("mo-hinh/Mot-Cua.md"), story, null)).isInstanceOf(StoryFiles.Refused.class)
                .satisfies(r -> assertThat(((StoryFiles.Refused) r).problem().message()).contains("mot-cua.md").contains("Windows"));
        assertThat(leftovers()).containsExactly("mot-cua.md");
    }

    @Test
    void nothingIsWrittenOutsideContent() throws IOException {
        StoryText story = StoryTextReader.read(STORY, "a.md");
        Files.createDirectories(project.resolve("templates"));
        for (Path outside : new Path[] {Path.of("../templates/x.md"), Path.of("mo-hinh/../../x.md"),
                project.resolve("templates/x.md"), Path.of("mo-hinh/a.ftl"), Path.of("mo-hinh/con.md"),
                Path.of("mo-hinh/a?.md"), Path.of("khong-co/a.md")}) {
            assertThat(files.save(outside, story, null)).as(outside.toString()).isInstanceOf(StoryFiles.Refused.class)
                    .satisfies(r -> assertThat(((StoryFiles.Refused) r).problem().message()).contains("chỉ được lưu bài trong thư mục content/"));
        }
        try (Stream<Path> all = Files.walk(project)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aSymbolicLinkOutOfContentIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(project.resolve("templates"));
        Path target = Files.writeString(elsewhere.resolve("x.md"), STORY);
        try {
            Files.createSymbolicLink(content.resolve("mo-hinh/link.md"), target);
            Files.createSymbolicLink(content.resolve("ra-ngoai"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("this file system makes no symbolic links").isTrue();
        }
        StoryText story = StoryTextReader.read(STORY, "a.md").withBody("Ghi đè.\n");
        String sha = StoryFiles.sha256(Files.readAllBytes(target));

        assertThat(files.save(Path.of("mo-hinh/link.md"), story, sha)).isInstanceOf(StoryFiles.Refused.class);
        assertThat(files.save(Path.of("ra-ngoai/x.md"), story, sha)).isInstanceOf(StoryFiles.Refused.class);
        assertThat(files.save(Path.of("ra-ngoai/y.md"), story, null)).isInstanceOf(StoryFiles.Refused.class);
        assertThat(target).hasContent(STORY.stripTrailing());
        assertThat(elsewhere.resolve("y.md")).doesNotExist();
    }

    private java.util.List<String> leftovers() throws IOException {
        try (Stream<Path> all = Files.list(content.resolve("mo-hinh"))) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
