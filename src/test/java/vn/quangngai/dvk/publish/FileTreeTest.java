package vn.quangngai.dvk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {

    @TempDir
    Path temp;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file under root, relative, with '/', and its text. */
    private static Map<String, String> contents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).collect(java.util.stream.Collectors.toMap(
                    p -> root.relativize(p).toString().replace('\\', '/'),
                    p -> {
                        try {
                            return Files.isSymbolicLink(p) ? "-> link" : Files.isDirectory(p) ? "/" : Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }

    @Test
    void aListingTellsFoldersFromFilesAndNeverFollowsALink() throws IOException {
        Path root = temp.resolve("site");
        write(root.resolve("index.html"), "trang chủ");
        write(root.resolve("mo-hinh/a/index.html"), "a");
        Path outside = temp.resolve("outside");
        write(outside.resolve("secret.txt"), "không được đụng");
        Files.createSymbolicLink(root.resolve("mo-hinh/link"), outside);

        assertThat(FileTree.list(root)).isEqualTo(Map.of(
                "index.html", false, "mo-hinh", true, "mo-hinh/a", true, "mo-hinh/a/index.html", false, "mo-hinh/link", false));
    }

    @Test
    void keepingOnlyFromAListingMadeBeforeTheWritesLeavesWhatKeepingOnlyFromTheFolderLeaves() throws IOException {
        for (boolean fromListing : new boolean[] {false, true}) {
            Path root = temp.resolve("site-" + fromListing);
            Path outside = temp.resolve("outside-" + fromListing);
            write(outside.resolve("secret.txt"), "không được đụng");
            // the older build's site, with junk
            write(root.resolve("index.html"), "cũ");
            write(root.resolve("stale.html"), "bài đã xóa");
            write(root.resolve("mo-hinh/gone/index.html"), "bài đã xóa");
            write(root.resolve("mo-hinh/kept/index.html"), "cũ");
            write(root.resolve("mo-hinh/kept/old-picture.png"), "ảnh cũ");
            write(root.resolve("folder-then-file/inside.html"), "thư mục sẽ thành tệp");
            write(root.resolve("file-then-folder"), "tệp sẽ thành thư mục");
            Files.createSymbolicLink(root.resolve("mo-hinh/link"), outside);
            Map<String, Boolean> listed = FileTree.list(root);

            // this build writes over it
            FileTree.overwrite(root.resolve("index.html"), "mới".getBytes(StandardCharsets.UTF_8));
            FileTree.overwrite(root.resolve("mo-hinh/kept/index.html"), "mới".getBytes(StandardCharsets.UTF_8));
            FileTree.overwrite(root.resolve("folder-then-file"), "tệp".getBytes(StandardCharsets.UTF_8));
            FileTree.createFolders(root.resolve("file-then-folder/sub"));
            FileTree.overwrite(root.resolve("file-then-folder/sub/index.html"), "mới".getBytes(StandardCharsets.UTF_8));
            FileTree.createFolders(root.resolve("mo-hinh/new"));
            FileTree.overwrite(root.resolve("mo-hinh/new/index.html"), "bài mới".getBytes(StandardCharsets.UTF_8));
            Set<String> kept = Set.of("index.html", "mo-hinh/kept/index.html", "folder-then-file",
                    "file-then-folder/sub/index.html", "mo-hinh/new/index.html");

            if (fromListing) {
                FileTree.keepOnly(root, kept, listed);
            } else {
                FileTree.keepOnly(root, kept);
            }

            assertThat(contents(root)).as(fromListing ? "from a listing" : "from the folder").isEqualTo(Map.of(
                    "index.html", "mới",
                    "mo-hinh", "/",
                    "mo-hinh/kept", "/",
                    "mo-hinh/kept/index.html", "mới",
                    "mo-hinh/new", "/",
                    "mo-hinh/new/index.html", "bài mới",
                    "folder-then-file", "tệp",
                    "file-then-folder", "/",
                    "file-then-folder/sub", "/",
                    "file-then-folder/sub/index.html", "mới"));
            assertThat(contents(outside)).isEqualTo(Map.of("secret.txt", "không được đụng"));
        }
    }

    @Test
    void aListingOfAFolderThatIsGoneIsEmpty() throws IOException {
        assertThat(FileTree.list(temp.resolve("khong-co"))).isEmpty();
    }

    @Test
    void aLinkAboveAFolderIsRefusedAndFoldersCheckedOnceAreRemembered() throws IOException {
        Path root = temp.resolve("site");
        Files.createDirectories(root.resolve("mo-hinh/a"));
        Path outside = temp.resolve("outside");
        Files.createDirectories(outside);
        Files.createSymbolicLink(root.resolve("lien-ket"), outside);
        java.util.Set<Path> checked = new java.util.HashSet<>();

        FileTree.requireNoLinks(root, root.resolve("mo-hinh/a"), checked);
        assertThat(checked).containsExactlyInAnyOrder(root.resolve("mo-hinh/a"), root.resolve("mo-hinh"));
        FileTree.requireNoLinks(root, root.resolve("mo-hinh/b"), checked); // not there yet: no link
        assertThat(checked).contains(root.resolve("mo-hinh/b"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileTree.requireNoLinks(root, root.resolve("lien-ket/c"), checked))
                .isInstanceOf(IOException.class).hasMessageContaining("lien-ket");
        assertThat(checked).doesNotContain(root.resolve("lien-ket/c"), root.resolve("lien-ket"));
    }
}
