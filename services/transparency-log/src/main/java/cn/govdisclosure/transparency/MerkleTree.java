package cn.govdisclosure.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree hash of RFC 9162 §2.1 over SHA-256, and the audit paths (§2.1.3.1) and consistency proofs
 * (§2.1.4.1) a log hands out. The tree is given as its leaf hashes, in log order; the log stores those, so that a
 * proof never has to hash the leaves again.
 */
public final class MerkleTree {

    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /** HASH(0x00 || leaf). */
    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF_PREFIX);
        return sha256.digest(leaf);
    }

    /** HASH(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** MTH(D[n]) of the leaves whose hashes are given; for no leaves the hash of the empty string. */
    public static byte[] root(List<byte[]> leafHashes) {
        return leafHashes.isEmpty() ? sha256().digest() : subtreeRoot(leafHashes, 0, leafHashes.size());
    }

    /** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of all the given leaves. */
    public static List<byte[]> inclusionPath(List<byte[]> leafHashes, int index) {
        if (index < 0 || index >= leafHashes.size()) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(leafHashes, index, 0, leafHashes.size(), path);
        return path;
    }

    /**
     * PROOF(m, D[n]): the nodes that show the tree of the first {@code firstSize} leaves is a prefix of the tree of
     * all the given leaves. Empty when the sizes are equal.
     */
    public static List<byte[]> consistencyPath(List<byte[]> leafHashes, int firstSize) {
        if (firstSize < 1 || firstSize > leafHashes.size()) {
            throw new IllegalArgumentException("No consistency proof from " + firstSize + " to "
                    + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        collectSubproof(leafHashes, firstSize, 0, leafHashes.size(), true, path);
        return path;
    }

    private static byte[] subtreeRoot(List<byte[]> leafHashes, int from, int to) {
        if (to - from == 1) {
            return leafHashes.get(from);
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        return nodeHash(subtreeRoot(leafHashes, from, split), subtreeRoot(leafHashes, split, to));
    }

    // The recursion of §2.1.3.1, with the subtree's nodes appended after the deeper ones.
    private static void collectPath(List<byte[]> leafHashes, int index, int from, int to, List<byte[]> path) {
        if (to - from == 1) {
            return;
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        if (index < split) {
            collectPath(leafHashes, index, from, split, path);
            path.add(subtreeRoot(leafHashes, split, to));
        } else {
            collectPath(leafHashes, index, split, to, path);
            path.add(subtreeRoot(leafHashes, from, split));
        }
    }

    // SUBPROOF(m, D[from:to], b) of §2.1.4.1; m counts leaves from {@code from}.
    private static void collectSubproof(List<byte[]> leafHashes, int m, int from, int to, boolean wholeOldTree,
                                        List<byte[]> path) {
        if (m == to - from) {
            if (!wholeOldTree) {
                path.add(subtreeRoot(leafHashes, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(to - from);
        if (m <= k) {
            collectSubproof(leafHashes, m, from, from + k, wholeOldTree, path);
            path.add(subtreeRoot(leafHashes, from + k, to));
        } else {
            collectSubproof(leafHashes, m - k, from + k, to, false, path);
            path.add(subtreeRoot(leafHashes, from, from + k));
        }
    }

    /** The largest power of two smaller than {@code n}, for n > 1. */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
