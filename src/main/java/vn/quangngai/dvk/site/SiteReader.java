package vn.quangngai.dvk.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.quangngai.dvk.data.HistoryReader;
import vn.quangngai.dvk.data.Imprint;
import vn.quangngai.dvk.data.ImprintReader;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.incremental.ReadCache;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.parallel.Cores;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.source.SourceText;
import vn.quangngai.dvk.story.EntryReader;
import vn.quangngai.dvk.story.Image;
import vn.quangngai.dvk.story.Page;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.story.StoryOrder;
import vn.quangngai.dvk.taxonomy.Declaration;
import vn.quangngai.dvk.taxonomy.Taxonomies;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Reads a site source folder: settings, data files (the registry and the imprint), {@code content/mo-hinh/*.md} as stories and
 * {@code content/*.md} as pages. Collects every problem of every file and throws them together;
 * a file it does not understand is an error, never skipped in silence.
 */
public final class SiteReader {

    public static final String CONTENT = "content";
    /** First path segments the site itself uses; a page may not take them. */
    static final Set<String> RESERVED = Set.of(Site.STORIES, Taxonomies.AGENCIES, Taxonomies.DISTRICTS,
            Taxonomies.FIELDS, "tim-kiem", "du-lieu", "assets", "css", "js", "trang", "404");

    /** The province's day decides what is published: a story dated tomorrow there waits, wherever the server runs. */
    public static final java.time.ZoneId PROVINCE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final Path source;
    private final ReadCache cache;
    private final java.time.LocalDate today;

    public SiteReader(Path source) {
        this(source, Incremental.oneOff().reads());
    }

    /** A reader that reuses what {@code cache} remembers of files that did not change. */
    public SiteReader(Path source, ReadCache cache) {
        this(source, cache, java.time.LocalDate.now(PROVINCE));
    }

    /** As {@link #SiteReader(Path, ReadCache)}, holding back stories dated after {@code today}. */
    public SiteReader(Path source, ReadCache cache, java.time.LocalDate today) {
        this.source = source;
        this.cache = cache;
        this.today = today;
    }

    /** The site, or {@link InvalidSourceException} with every error and warning found. */
    public Site read() {
        Problems problems = new Problems();
        // before any file is opened: a FIFO would hang the read, a link out of the project would be published
        problems.addAll(SourceTree.check(source));
        problems.throwIfErrors();
        Settings settings = orNull(() -> Settings.read(source), problems);
        Messages messages = orNull(() -> Messages.read(source, Settings.templateFolder(source)), problems);
        Map<String, Declaration> groupings = orNull(() -> Groupings.read(source), problems);
        // stamped before reading: data files saved while they are read are read again next time
        String registryKey = registryKey();
        ReadCache.Kept<Registry> kept = cache.registry(registryKey, () -> {
            Problems read = new Problems();
            return new ReadCache.Kept<>(registryKey, new RegistryReader(source, read).read(), read.list());
        });
        problems.addAll(kept.problems());
        Registry registry = kept.value();
        Imprint imprint = new ImprintReader(source, problems).read(registry);
        if (registry == null || imprint == null || settings == null || messages == null || groupings == null) {
            problems.throwIfErrors();
        }
        List<Story> stories = new ArrayList<>();
        List<Held> held = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Map<String, String> fileBySlug = new HashMap<>();
        List<Path> files = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (Path file : contentFiles(problems)) {
            String name = nameOf(file);
            boolean isStory = isStory(file);
            String slug = slugOf(file, name, isStory, problems);
            if (slug == null) {
                continue;
            }
            String key = (isStory ? Site.STORIES + "/" : "") + slug;
            String other = fileBySlug.putIfAbsent(key, name);
            if (other != null) {
                problems.add(Problem.error(name, 0, null, "đường dẫn \"" + key + "/\" trùng với tệp " + other + ".",
                        "Đổi tên một trong hai tệp: tên tệp (bỏ dấu) là đường dẫn của bài."));
                continue;
            }
            files.add(file);
            slugs.add(slug);
        }
        // files are independent: read and check them on every core, then keep the results in file order
        List<ReadCache.Entry> entries = Cores.map(files.size(), i -> entry(files.get(i), slugs.get(i), registry, registryKey));
        cache.retain(files);
        for (ReadCache.Entry entry : entries) {
            problems.addAll(entry.problems());
            if (entry.entry() instanceof EntryReader.StoryRead read && imageExists(read.story(), problems)) {
                if (read.draft()) {
                    held.add(new Held(read.story(), true));
                } else if (Held.isScheduled(read.story(), today)) {
                    held.add(new Held(read.story(), false));
                } else {
                    stories.add(read.story());
                }
            } else if (entry.entry() instanceof Page page) {
                pages.add(page);
            }
        }
        List<Story> toPublish = new ArrayList<>(stories);
        held.stream().filter(Held::scheduled).forEach(h -> toPublish.add(h.story()));
        duplicateTitles(toPublish, problems);
        if (stories.isEmpty() && !problems.hasErrors()) {
            problems.add(Problem.error(CONTENT + "/" + Site.STORIES, 0, null, held.isEmpty() ? "chưa có bài mô hình nào."
                            : "chưa có bài mô hình nào được xuất bản: " + held.size() + " bài là bản nháp hoặc lên lịch cho ngày sau.",
                    held.isEmpty() ? "Thêm ít nhất một tệp .md vào thư mục content/mo-hinh/."
                            : "Bỏ dòng draft: true ở ít nhất một bài, hoặc ghi ngày đăng (date) không sau hôm nay."));
        }
        problems.throwIfErrors();
        stories.sort(StoryOrder.newestFirst());
        pages.sort((a, b) -> a.slug().compareTo(b.slug()));
        held.sort(java.util.Comparator.comparing((Held h) -> h.story().date()).thenComparing(h -> h.story().file()));
        return new Site(settings, messages, registry, imprint, stories, pages, Taxonomies.of(registry, stories, messages, groupings), problems.list(), held);
    }

    /** What {@code read} gives, or null with its problems added to {@code problems}. */
    private static <T> T orNull(java.util.function.Supplier<T> read, Problems problems) {
        try {
            return read.get();
        } catch (InvalidSourceException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Two stories whose titles fold to the same words are almost surely one model written twice. */
    private static void duplicateTitles(List<Story> stories, Problems problems) {
        Map<String, Story> byTitle = new HashMap<>();
        for (Story story : stories) {
            Story first = byTitle.putIfAbsent(Vietnamese.slug(story.title()), story);
            if (first != null) {
                problems.add(Problem.error(story.file(), 0, "title", "tên mô hình trùng với bài " + first.file()
                        + " (\"" + first.title() + "\") khi bỏ dấu.", "Mỗi mô hình chỉ có một bài: gộp hai bài, hoặc xóa bài thừa."));
            }
        }
    }

    private ReadCache.Entry entry(Path file, String slug, Registry registry, String registryKey) {
        ReadCache.Lookup known = cache.lookup(file, registryKey);
        if (known.cached() != null) {
            return known.cached();
        }
        String name = nameOf(file);
        Problems problems = new Problems();
        Object entry = null;
        try {
            String text = SourceText.read(file, name);
            EntryReader reader = new EntryReader(registry, problems);
            entry = isStory(file) ? reader.readStoryEntry(text, name, slug) : reader.readPage(text, name, slug);
        } catch (InvalidSourceException e) {
            problems.addAll(e.problems());
        } catch (StackOverflowError e) {
            // the limits keep known shapes out; one they miss is still this file's problem, not a crash
            problems.add(Problem.error(name, 0, null, "nội dung lồng nhau quá sâu hoặc quá dài để đọc được.",
                    "Bớt các cấp trích dẫn (>) và danh sách lồng nhau, và các dòng rất dài."));
        }
        ReadCache.Entry read = new ReadCache.Entry(entry, problems.list());
        cache.put(known, read);
        return read;
    }

    /** Stories are checked against the registry: when a data file changes, every story is read again. */
    private String registryKey() {
        StringBuilder key = new StringBuilder();
        for (String file : List.of(RegistryReader.AGENCIES, RegistryReader.DISTRICTS, RegistryReader.FIELDS,
                HistoryReader.SOURCES, HistoryReader.COMMUNES)) {
            try {
                key.append(Files.getLastModifiedTime(source.resolve(file)).toMillis()).append('/')
                        .append(Files.size(source.resolve(file))).append(';');
            } catch (IOException e) {
                key.append("?;");
            }
        }
        return key.toString();
    }

    private String nameOf(Path file) {
        return source.relativize(file).toString().replace('\\', '/');
    }

    private boolean isStory(Path file) {
        return file.getParent().equals(source.resolve(CONTENT).resolve(Site.STORIES));
    }

    /** Every photo of the story is under assets/ by exactly the name given (letter case and Unicode form included). */
    private boolean imageExists(Story story, Problems problems) {
        boolean all = true;
        for (int i = 0; i < story.images().size(); i++) {
            Image image = story.images().get(i);
            String field = "images[" + i + "].src";
            Image.Found found = image.find(source.resolve("assets"));
            if (found != null && found.exact()) {
                continue;
            }
            all = false;
            problems.add(found == null
                    ? Problem.error(story.file(), image.line(), field, "không tìm thấy ảnh assets/" + image.src() + ".",
                            "Chép ảnh vào thư mục assets/" + Image.FOLDER + " và ghi đường dẫn tính từ assets/, ví dụ: src: " + Image.FOLDER + "ten-anh.jpg")
                    : Problem.error(story.file(), image.line(), field, "ảnh assets/" + image.src()
                                    + " có tên trên đĩa là assets/" + found.onDisk() + ": khác chữ hoa, chữ thường hoặc dấu, "
                                    + "máy chủ web sẽ không tìm thấy ảnh.",
                            Vietnamese.nfc(found.onDisk()).equals(image.src())
                                    ? "Tên trên đĩa được ghi dấu theo dạng Unicode khác (thường do máy Mac): đổi tên tệp ảnh, gõ lại tên không dấu, ví dụ anh/mo-duc.jpg, rồi sửa dòng src."
                                    : "Ghi đúng tên như trên đĩa: src: " + found.onDisk()));
        }
        return all;
    }

    private String slugOf(Path file, String name, boolean isStory, Problems problems) {
        String fileName = Vietnamese.nfc(file.getFileName().toString());
        String slug = Vietnamese.slug(fileName.substring(0, fileName.length() - ".md".length()));
        if (slug.isEmpty()) {
            problems.add(Problem.error(name, 0, null, "tên tệp không có chữ hoặc số nào để làm đường dẫn.",
                    "Đặt tên tệp theo tên mô hình, ví dụ: 4-xin-4-luon.md"));
            return null;
        }
        if (vn.quangngai.dvk.source.WindowsNames.isDevice(slug)) {
            // the file and the page's folder (mo-hinh/con/) are names Windows will not create
            problems.add(Problem.error(name, 0, null, "tên \"" + slug + "\" là tên Windows dành riêng ("
                    + vn.quangngai.dvk.source.WindowsNames.LISTED + "): máy Windows không mở, không tạo được tệp và thư mục trang này.",
                    "Đổi tên tệp, ví dụ thêm một chữ: " + slug + "-duong.md"));
            return null;
        }
        if (isStory && slug.matches("trang-\\d+")) {
            problems.add(Problem.error(name, 0, null, "tên \"" + slug + "\" trùng với đường dẫn các trang danh sách (trang-2, trang-3 …).",
                    "Đặt tên tệp khác, ví dụ theo tên mô hình."));
            return null;
        }
        if (!isStory && RESERVED.contains(slug)) {
            problems.add(Problem.error(name, 0, null, "tên \"" + slug + "\" đã được trang dùng cho mục khác.",
                    "Đặt tên khác cho trang này."));
            return null;
        }
        return slug;
    }

    /** Hidden files and the backups and locks editors leave beside a file: {@code .x}, {@code x~}, {@code ~$x}, {@code #x#}. */
    static boolean isEditorLeftover(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("~$") || (name.startsWith("#") && name.endsWith("#"));
    }

    /**
     * A hidden {@code .x.md} is left out of the site like any hidden file, but said so: a writer
     * who named a story that way would otherwise wait for a page that never comes. A warning, not
     * an error, because keeping a draft hidden beside the stories is a reasonable thing to do.
     * Tools' own companions ({@code ._x.md} from macOS, {@code .#x.md} from Emacs) stay silent.
     */
    private boolean isHiddenStory(Path path, Path content, Problems problems) {
        String fileName = path.getFileName().toString();
        boolean hidden = fileName.startsWith(".") && !fileName.startsWith("._") && !fileName.startsWith(".#")
                && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".md")
                && (path.getParent().equals(content) || path.getParent().equals(content.resolve(Site.STORIES)));
        if (hidden) {
            problems.add(Problem.warning(source.relativize(path).toString().replace('\\', '/'), 0, null,
                    "tệp có tên bắt đầu bằng dấu chấm là tệp ẩn nên không được xuất bản.",
                    "Để xuất bản, bỏ dấu chấm ở đầu tên tệp; nếu đây là bản nháp, cứ để vậy."));
        }
        return hidden;
    }

    /** Markdown files in content/ and content/mo-hinh/; anything else there is reported. Editor leftovers are ignored. */
    private List<Path> contentFiles(Problems problems) {
        Path content = source.resolve(CONTENT);
        if (!Files.isDirectory(content)) {
            problems.add(Problem.error(CONTENT, 0, null, "không tìm thấy thư mục content/.", "Bài viết nằm trong content/mo-hinh/."));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            walk.filter(p -> !p.equals(content))
                    .filter(p -> !isHiddenStory(p, content, problems))
                    .filter(p -> !isEditorLeftover(p.getFileName().toString()))
                    .sorted()
                    .forEach(p -> accept(p, content, files, problems));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private void accept(Path path, Path content, List<Path> files, Problems problems) {
        String name = source.relativize(path).toString().replace('\\', '/');
        boolean inStories = path.getParent().equals(content.resolve(Site.STORIES));
        boolean inContent = path.getParent().equals(content);
        if (Files.isDirectory(path)) {
            if (!(inContent && path.getFileName().toString().equals(Site.STORIES))) {
                problems.add(Problem.error(name, 0, null, "thư mục này không được dùng; các tệp trong đó sẽ không được xuất bản.",
                        "Bài mô hình đặt trong content/mo-hinh/, trang riêng đặt ngay trong content/."));
            }
            return;
        }
        if (!(inStories || inContent)) {
            return;
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            problems.add(Problem.error(name, 0, null, "tệp không phải bài Markdown (.md) nên không được xuất bản.",
                    "Đổi đuôi tệp thành .md; ảnh đặt trong thư mục assets/."));
            return;
        }
        files.add(path);
    }
}
