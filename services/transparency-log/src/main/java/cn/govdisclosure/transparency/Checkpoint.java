package cn.govdisclosure.transparency;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * What a log states at one moment: it holds {@code treeSize} leaves whose Merkle tree hash is {@code rootHash}.
 * Its canonical text, the bytes that are signed, is four lines, each ending in a line feed:
 * <pre>
 * origin
 * tree size (decimal)
 * root hash (base64)
 * timestamp (ISO-8601, UTC, e.g. 2024-01-24T08:00:00.123456Z)
 * </pre>
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant timestamp) {

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        if (origin.isBlank() || origin.contains("\n") || origin.contains("\r")) {
            throw new IllegalArgumentException("An origin is one non-blank line");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("A tree size is not negative");
        }
        if (rootHash.length != MerkleTree.HASH_SIZE) {
            throw new IllegalArgumentException("A root hash has 32 bytes");
        }
        rootHash = rootHash.clone();
        Objects.requireNonNull(timestamp, "timestamp");
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public String canonicalText() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + timestamp
                + "\n";
    }

    byte[] canonicalBytes() {
        return canonicalText().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the four lines of {@link #canonicalText()}. */
    static Checkpoint parse(String[] lines) {
        if (lines.length != 4) {
            throw new IllegalArgumentException("A checkpoint has four lines");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]),
                Instant.parse(lines[3]));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && canonicalText().equals(that.canonicalText());
    }

    @Override
    public int hashCode() {
        return canonicalText().hashCode();
    }

    @Override
    public String toString() {
        return canonicalText().replace('\n', ' ').trim();
    }
}
