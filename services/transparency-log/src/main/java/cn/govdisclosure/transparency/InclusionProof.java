package cn.govdisclosure.transparency;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * That the leaf at {@code leafIndex} is in the tree of {@code treeSize} leaves: its audit path (RFC 9162 §2.1.3).
 * JSON form: {@code {"leafIndex":2,"treeSize":5,"hashes":["<base64>", …]}}.
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> hashes) {

    public InclusionProof {
        hashes = List.copyOf(hashes);
    }

    /** The proof for leaf {@code index} of the tree of all the given leaf hashes. */
    public static InclusionProof of(List<byte[]> leafHashes, int index) {
        return new InclusionProof(index, leafHashes.size(), MerkleTree.inclusionPath(leafHashes, index));
    }

    /** Whether this path leads from the leaf (its bytes, not its hash) to {@code root}: §2.1.3.2. */
    public boolean verify(byte[] leaf, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = MerkleTree.leafHash(leaf);
        for (byte[] p : hashes) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    public String toJson() {
        return "{\"leafIndex\":" + leafIndex + ",\"treeSize\":" + treeSize + ",\"hashes\":"
                + Json.base64Array(hashes) + "}";
    }

    public static InclusionProof fromJson(String text) {
        Map<String, Object> json = Json.object(text);
        return new InclusionProof(Json.number(json, "leafIndex"), Json.number(json, "treeSize"),
                Json.base64List(json, "hashes"));
    }
}
