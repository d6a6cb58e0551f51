package cn.govdisclosure.transparency;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a log's Merkle tree: the roots of its perfect subtrees, largest first, one for each bit set in
 * the tree's size. It is all a log needs to append a leaf and compute the grown tree's root (RFC 9162 §2.1.1) in a
 * number of hashes that grows with the logarithm of the size, where rehashing every leaf grows with the size itself.
 */
public final class MerkleFrontier {

    private static final MerkleFrontier EMPTY = new MerkleFrontier(0, List.of());

    private final long size;
    private final List<byte[]> subtreeRoots;

    private MerkleFrontier(long size, List<byte[]> subtreeRoots) {
        this.size = size;
        this.subtreeRoots = List.copyOf(subtreeRoots);
    }

    public static MerkleFrontier empty() {
        return EMPTY;
    }

    /** The frontier of the tree of these leaves, given as their hashes in log order. */
    public static MerkleFrontier of(List<byte[]> leafHashes) {
        MerkleFrontier frontier = EMPTY;
        for (byte[] leafHash : leafHashes) {
            frontier = frontier.append(leafHash);
        }
        return frontier;
    }

    /** A frontier as {@link #bytes()} wrote it, for a tree of {@code size} leaves. */
    public static MerkleFrontier read(long size, byte[] bytes) {
        if (size < 0 || bytes.length != Long.bitCount(size) * MerkleTree.HASH_SIZE) {
            throw new IllegalArgumentException("A tree of " + size + " leaves has " + Long.bitCount(size)
                    + " subtree roots, not " + bytes.length + " bytes of them");
        }
        List<byte[]> roots = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            byte[] root = new byte[MerkleTree.HASH_SIZE];
            buffer.get(root);
            roots.add(root);
        }
        return new MerkleFrontier(size, roots);
    }

    public long size() {
        return size;
    }

    /** The frontier after one more leaf: as in counting in binary, equal subtrees on the right merge. */
    public MerkleFrontier append(byte[] leafHash) {
        List<byte[]> roots = new ArrayList<>(subtreeRoots);
        roots.add(leafHash);
        for (long carried = size; (carried & 1) == 1; carried >>= 1) {
            byte[] right = roots.remove(roots.size() - 1);
            byte[] left = roots.remove(roots.size() - 1);
            roots.add(MerkleTree.nodeHash(left, right));
        }
        return new MerkleFrontier(size + 1, roots);
    }

    /** MTH of the tree: its subtrees' roots joined from the right; for no leaves the hash of the empty string. */
    public byte[] root() {
        if (subtreeRoots.isEmpty()) {
            return MerkleTree.root(List.of());
        }
        byte[] root = subtreeRoots.get(subtreeRoots.size() - 1);
        for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(subtreeRoots.get(i), root);
        }
        return root;
    }

    /** The subtree roots one after another, largest first. */
    public byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(subtreeRoots.size() * MerkleTree.HASH_SIZE);
        subtreeRoots.forEach(buffer::put);
        return buffer.array();
    }
}
