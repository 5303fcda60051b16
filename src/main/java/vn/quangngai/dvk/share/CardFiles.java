package vn.quangngai.dvk.share;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.quangngai.dvk.image.CacheAge;

/**
 * Where a build finds a share card already drawn, before drawing it (tens of milliseconds a card,
 * a card a page): the site it replaces, then a cache folder that outlives the site, so that a
 * build into a new folder, the first publish or a webmaster's build from a fresh copy of the
 * output, draws only the cards it has never drawn. A card's name is a hash of everything it
 * shows and of its design ({@link ShareCard#path}), so the same name is the same picture; a file
 * under that name is taken only when it is a regular PNG file of sensible size, and anything else
 * is drawn again.
 *
 * @param published the site this build replaces; null for none
 * @param cache the folder that keeps the cards drawn; null to keep none
 */
public record CardFiles(Path published, Path cache) {

    /** A build that reuses nothing. */
    public static final CardFiles NONE = new CardFiles(null, null);

    /** The cards' folder in the photo cache beside the output (photos keep two-letter folders there). */
    public static final String CACHE_FOLDER = "the-chia-se";

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    /** For a build whose output is {@code published} and whose photo cache is {@code photoCache}. */
    public static CardFiles beside(Path published, Path photoCache) {
        return new CardFiles(published, photoCache == null ? null : photoCache.resolve(CACHE_FOLDER));
    }

    /** The card's PNG: the published one, the cached one, or drawn now (and then cached). */
    public byte[] png(ShareCard card) {
        return published(card).or(() -> cached(card)).orElseGet(() -> {
            byte[] png = card.png();
            keep(card, png);
            return png;
        });
    }

    /** The card as the site this build replaces has it (its copy in the cache, if any, marked as used). */
    public Optional<byte[]> published(ShareCard card) {
        Optional<byte[]> found = published == null ? Optional.empty() : read(published.resolve(card.path()));
        if (found.isPresent() && cache != null) {
            CacheAge.used(cacheFile(card));
        }
        return found;
    }

    Optional<byte[]> cached(ShareCard card) {
        Optional<byte[]> found = cache == null ? Optional.empty() : read(cacheFile(card));
        found.ifPresent(png -> CacheAge.used(cacheFile(card)));
        return found;
    }

    /**
     * Removes the cards in the cache folder of the photo cache {@code photoCache} that no build
     * has used since {@code before} ({@link CacheAge}), and temporary files as old: only files
     * named as cards and their temporary files, nothing else in the folder.
     */
    public static void prune(Path photoCache, Instant before) {
        CacheAge.removeUnused(photoCache.resolve(CACHE_FOLDER), file -> {
            String name = file.getFileName().toString();
            return (CARD.matcher(name).matches() || TEMPORARY.matcher(name).matches()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        }, file -> file, before);
    }

    private static final Pattern CARD = Pattern.compile("[0-9a-f]{16}\\.png");
    private static final Pattern TEMPORARY = Pattern.compile("\\.the-[0-9]+\\.tmp");

    Path cacheFile(ShareCard card) {
        return cache.resolve(card.path().substring(ShareCard.FOLDER.length()));
    }

    /**
     * Writes the card into the cache through a temporary file and a rename, so that a build beside
     * this one, or one stopped halfway, never reads half a card. A cache that cannot be written
     * costs the next build the drawing, nothing else: the card this build publishes is in memory.
     */
    private void keep(ShareCard card, byte[] png) {
        if (cache == null) {
            return;
        }
        Path file = cacheFile(card);
        Path temporary = null;
        try {
            Files.createDirectories(cache);
            temporary = Files.createTempFile(cache, ".the-", ".tmp");
            Files.write(temporary, png);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | RuntimeException e) {
            // nothing to report: see above
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a stray temporary file in the cache is overwritten by nothing and harms nothing
                }
            }
        }
    }

    private static Optional<byte[]> read(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length > SIGNATURE.length && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                    ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
