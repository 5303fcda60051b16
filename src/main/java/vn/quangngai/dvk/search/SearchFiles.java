package vn.quangngai.dvk.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The index as the JSON files search.js fetches, by path relative to the search folder. A query
 * fetches the manifest, one word shard per distinct word, one file per filter chosen, and the hit
 * files of the results on screen — never the whole index:
 *
 * <pre>
 * chi-muc.json              manifest: format, version (hash of every other file, appended to their
 *                           URLs so a cache never mixes two builds), stories, hitsPerFile,
 *                           shards [names], filters {taxonomy: [ids]}
 * tu/NAME.json              {term: {"h": gaps, "b": gaps}} for the terms of shard NAME (see {@link Shards});
 *                           h: stories with the term in their head, b: only in their body. A term
 *                           is a folded word, or, in heads only, two adjacent words
 *                           ({@link SearchIndex#phrase}) or a word as written ({@link SearchIndex#exact})
 *                           A phrase or written form (only ever in heads) is the smallest of: gaps,
 *                           its head stories; {"x": gaps}, the stories with its words in their head
 *                           but not side by side, or not written so ("mô hình" is in nearly every
 *                           head, its words apart in few); 0, no such story
 * tu-vung/L.json            [word]: the folded words that begin with letter L, most stories first —
 *                           fetched only to suggest a word for one the index does not have
 * loc/TAXONOMY/ID.json      gaps: the stories filed under one agency, district or field
 * ket-qua/N.json            [hit]: the hits of stories N·hitsPerFile … (N+1)·hitsPerFile − 1
 * </pre>
 *
 * Story numbers are written as gaps ({@link Postings#gaps}); a hit is {@code {"path", "title",
 * "agency", "districts", "summary"}}. Maps are written in key order and nothing depends on time or
 * hashing order, so the same stories always give the same bytes.
 */
public final class SearchFiles {

    public static final String MANIFEST = "chi-muc.json";
    static final String VOCABULARY = "tu-vung/";
    static final int FORMAT = 2;

    /**
     * How the index is cut: shard names start at {@code prefixLength} letters; a shard is split
     * when its words take more than {@code shardBudget} bytes; hit files hold {@code hitsPerFile}
     * stories each.
     */
    public record Layout(int prefixLength, int shardBudget, int hitsPerFile) {

        public static final Layout DEFAULT = new Layout(2, 16 * 1024, 8);

        public Layout {
            if (prefixLength < 1 || shardBudget < 1 || hitsPerFile < 1) {
                throw new IllegalArgumentException("layout values must be positive: " + prefixLength + ", " + shardBudget + ", " + hitsPerFile);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private SearchFiles() {
    }

    /** Every file of the index, by path relative to the search folder, in path order. */
    public static SortedMap<String, byte[]> write(SearchIndex index, Layout layout) {
        return write(index, layout, SearchCache.none());
    }

    /**
     * As {@link #write(SearchIndex, Layout)}, taking from {@code cache} each term's entry, shard
     * file and file of hits that the last build made of the same postings and hits.
     */
    public static SortedMap<String, byte[]> write(SearchIndex index, Layout layout, SearchCache cache) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        SortedMap<String, byte[]> entries = new TreeMap<>();
        SortedMap<String, Integer> sizes = new TreeMap<>();
        index.words().forEach((word, postings) -> {
            byte[] entry = cache.entry(word, () -> entryKey(index, word, postings), () -> termEntry(index, word, postings));
            entries.put(word, entry);
            sizes.put(word, word.length() + entry.length + 4);
        });
        SortedMap<String, List<String>> shards = Shards.plan(sizes, layout.prefixLength(), layout.shardBudget());
        shards.forEach((name, words) -> {
            List<byte[]> parts = words.stream().map(entries::get).toList();
            String path = "tu/" + name + ".json";
            files.put(path, cache.file(path, new ShardKey(words, parts), () -> json(g -> {
                g.writeStartObject();
                for (int i = 0; i < words.size(); i++) {
                    g.writeFieldName(words.get(i));
                    g.writeRawValue(new String(parts.get(i), StandardCharsets.US_ASCII));
                }
                g.writeEndObject();
            })));
        });
        SortedMap<String, List<String>> byLetter = new TreeMap<>();
        for (String word : vocabulary(index)) {
            byLetter.computeIfAbsent(word.substring(0, 1), k -> new java.util.ArrayList<>()).add(word);
        }
        byLetter.forEach((letter, words) -> files.put(VOCABULARY + letter + ".json", json(g -> {
            g.writeStartArray();
            for (String word : words) {
                g.writeString(word);
            }
            g.writeEndArray();
        })));
        index.filters().forEach((taxonomy, values) -> values.forEach((id, numbers) ->
                files.put("loc/" + taxonomy + "/" + id + ".json", json(g -> writeNumbers(g, Postings.gaps(numbers))))));
        List<Hit> hits = index.hits();
        for (int from = 0; from < hits.size(); from += layout.hitsPerFile()) {
            List<Hit> slice = List.copyOf(hits.subList(from, Math.min(hits.size(), from + layout.hitsPerFile())));
            String path = "ket-qua/" + from / layout.hitsPerFile() + ".json";
            files.put(path, cache.file(path, slice, () -> json(g -> {
                g.writeStartArray();
                for (Hit hit : slice) {
                    writeHit(g, hit);
                }
                g.writeEndArray();
            })));
        }
        String version = version(files);
        files.put(MANIFEST, json(g -> {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("version", version);
            g.writeNumberField("stories", hits.size());
            g.writeNumberField("hitsPerFile", layout.hitsPerFile());
            g.writeArrayFieldStart("shards");
            for (String name : shards.keySet()) {
                g.writeString(name);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("filters");
            for (Map.Entry<String, SortedMap<String, int[]>> filter : index.filters().entrySet()) {
                g.writeArrayFieldStart(filter.getKey());
                for (String id : filter.getValue().keySet()) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }));
        return files;
    }

    /**
     * The entry of a term: a folded word's head and body stories; a phrase's or written form's head
     * stories, or, when fewer, the stories that have its words in their head without it ({"x"}, or
     * 0 for none): search.js has the words' postings anyway, and a common phrase, or one whose
     * words meet nowhere else, then costs next to nothing.
     */
    private static byte[] termEntry(SearchIndex index, String term, SearchIndex.Word postings) {
        int pair = term.indexOf('_');
        int written = term.indexOf('-');
        if (pair < 0 && written < 0) {
            return wordEntry(postings);
        }
        int[] candidates = pair >= 0
                ? intersection(headOf(index, term.substring(0, pair)), headOf(index, term.substring(pair + 1)))
                : headOf(index, term.substring(0, written));
        int[] without = difference(candidates, postings.head());
        if (without.length == 0) {
            return json(g -> g.writeNumber(0));
        }
        if (without.length >= postings.head().length) {
            return json(g -> writeNumbers(g, Postings.gaps(postings.head())));
        }
        return json(g -> {
            g.writeStartObject();
            g.writeFieldName("x");
            writeNumbers(g, Postings.gaps(without));
            g.writeEndObject();
        });
    }

    /** What a term's entry is made of: its postings and, for a phrase or written form, its words' (compared by instance). */
    private record EntryKey(SearchIndex.Word postings, SearchIndex.Word first, SearchIndex.Word second) {
    }

    /** What a shard file is made of: its words and their entries (compared by instance). */
    private record ShardKey(List<String> words, List<byte[]> entries) {
    }

    private static EntryKey entryKey(SearchIndex index, String term, SearchIndex.Word postings) {
        int pair = term.indexOf('_');
        int written = term.indexOf('-');
        if (pair >= 0) {
            return new EntryKey(postings, index.words().get(term.substring(0, pair)), index.words().get(term.substring(pair + 1)));
        }
        return new EntryKey(postings, written >= 0 ? index.words().get(term.substring(0, written)) : null, null);
    }

    private static int[] headOf(SearchIndex index, String word) {
        SearchIndex.Word postings = index.words().get(word);
        return postings == null ? new int[0] : postings.head();
    }

    /** The numbers in both ascending lists, ascending: one walk along both, as every pair of words needs it. */
    static int[] intersection(int[] a, int[] b) {
        return merge(a, b, true);
    }

    /** The numbers of ascending {@code a} that ascending {@code b} lacks. */
    static int[] difference(int[] a, int[] b) {
        return merge(a, b, false);
    }

    private static int[] merge(int[] a, int[] b, boolean common) {
        int[] kept = new int[a.length];
        int count = 0;
        int j = 0;
        for (int n : a) {
            while (j < b.length && b[j] < n) {
                j++;
            }
            boolean inB = j < b.length && b[j] == n;
            if (inB == common) {
                kept[count++] = n;
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }

    /**
     * The folded words (not phrases or written forms, not numbers: a mistyped number has no
     * nearest) by the number of stories that have them, most first, then in order.
     */
    static List<String> vocabulary(SearchIndex index) {
        return index.words().entrySet().stream()
                .filter(e -> e.getKey().chars().allMatch(c -> c >= 'a' && c <= 'z'))
                .sorted(Comparator.comparingInt((Map.Entry<String, SearchIndex.Word> e) -> -(e.getValue().head().length + e.getValue().body().length))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static byte[] wordEntry(SearchIndex.Word postings) {
        return json(g -> {
            g.writeStartObject();
            if (postings.head().length > 0) {
                g.writeFieldName("h");
                writeNumbers(g, Postings.gaps(postings.head()));
            }
            if (postings.body().length > 0) {
                g.writeFieldName("b");
                writeNumbers(g, Postings.gaps(postings.body()));
            }
            g.writeEndObject();
        });
    }

    private static void writeNumbers(JsonGenerator g, int[] numbers) throws IOException {
        g.writeArray(numbers, 0, numbers.length);
    }

    private static void writeHit(JsonGenerator g, Hit hit) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", hit.path());
        g.writeStringField("title", hit.title());
        g.writeStringField("agency", hit.agency());
        g.writeArrayFieldStart("districts");
        for (String district : hit.districts()) {
            g.writeString(district);
        }
        g.writeEndArray();
        g.writeStringField("summary", hit.summary());
        if (!hit.now().isEmpty()) {
            g.writeArrayFieldStart("now");
            for (String text : hit.now()) {
                g.writeString(text);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The first ten hex digits of a SHA-256 over every file's path and bytes, in path order. */
    private static String version(SortedMap<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    private static byte[] json(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writing.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
