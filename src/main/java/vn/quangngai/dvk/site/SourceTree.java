package vn.quangngai.dvk.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.problem.Problem;

/**
 * Checks the folders a build reads and publishes from (content, data, templates, assets, and
 * jbake.properties) before anything in them is opened: a symbolic link that leads out of the
 * source folder would publish what it points to (a link to /etc/passwd became a page's image),
 * and a FIFO or device would make the build wait forever on the first read. File types are read
 * without following links, so nothing is opened to find out.
 */
public final class SourceTree {

    static final List<String> CHECKED = List.of("content", "data", "templates", "assets", "jbake.properties");

    private SourceTree() {
    }

    /** Every link leaving {@code source} and every special file under the checked folders. */
    public static List<Problem> check(Path source) {
        List<Problem> problems = new ArrayList<>();
        Path project;
        try {
            project = source.toRealPath();
        } catch (IOException e) {
            return problems; // a missing source folder is reported by the reader, file by file
        }
        for (String name : CHECKED) {
            Path top = source.resolve(name);
            if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.walkFileTree(top, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        check(source, project, file, attributes, problems);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(Problem.error(nameOf(source, file), 0, null, "không đọc được (" + e.getMessage() + ").",
                                "Kiểm tra tệp hay thư mục này còn tồn tại và có quyền đọc."));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(Problem.error(name, 0, null, "không đọc được thư mục (" + e.getMessage() + ").",
                        "Kiểm tra thư mục còn tồn tại và có quyền đọc."));
            }
        }
        return problems;
    }

    private static void check(Path source, Path project, Path file, BasicFileAttributes attributes, List<Problem> problems) {
        String name = nameOf(source, file);
        if (attributes.isSymbolicLink()) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "?";
            }
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                problems.add(Problem.error(name, 0, null, "liên kết trỏ tới \"" + target + "\" không tồn tại.",
                        "Xóa liên kết, hoặc chép tệp thật vào đây."));
                return;
            }
            if (!real.startsWith(project)) {
                problems.add(Problem.error(name, 0, null, "liên kết trỏ ra ngoài thư mục nguồn, tới \"" + target
                                + "\"; nội dung đó sẽ bị xuất bản lên trang công khai.",
                        "Xóa liên kết; nếu cần tệp đó, chép bản sao của nó vào thư mục nguồn."));
                return;
            }
            try {
                attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return;
            }
        }
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            problems.add(Problem.error(name, 0, null, "không phải tệp thường hay thư mục (có thể là ống dẫn FIFO, thiết bị hay socket); "
                            + "không được đọc vì sẽ làm lệnh chờ mãi.",
                    "Xóa nó khỏi thư mục nguồn."));
        }
    }

    private static String nameOf(Path source, Path file) {
        return source.relativize(file).toString().replace('\\', '/');
    }
}
