package cn.govdisclosure.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * That the tree of {@code firstSize} leaves is a prefix of the tree of {@code secondSize} leaves, i.e. the log was
 * only appended to in between (RFC 9162 §2.1.4). JSON form:
 * {@code {"firstSize":3,"secondSize":7,"hashes":["<base64>", …]}}.
 */
public record ConsistencyProof(long firstSize, long secondSize, List<byte[]> hashes) {

    public ConsistencyProof {
        hashes = List.copyOf(hashes);
    }

    /** The proof from the first {@code firstSize} of the given leaf hashes to all of them. */
    public static ConsistencyProof of(List<byte[]> leafHashes, int firstSize) {
        return new ConsistencyProof(firstSize, leafHashes.size(),
                MerkleTree.consistencyPath(leafHashes, firstSize));
    }

    /** Whether the roots belong to trees of which the first is a prefix of the second: §2.1.4.2. */
    public boolean verify(byte[] firstRoot, byte[] secondRoot) {
        if (firstSize < 1 || firstSize > secondSize) {
            return false;
        }
        if (firstSize == secondSize) {
            return hashes.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(hashes);
        if (Long.bitCount(firstSize) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleTree.nodeHash(c, fr);
                sr = MerkleTree.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleTree.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    public String toJson() {
        return "{\"firstSize\":" + firstSize + ",\"secondSize\":" + secondSize + ",\"hashes\":"
                + Json.base64Array(hashes) + "}";
    }

    public static ConsistencyProof fromJson(String text) {
        Map<String, Object> json = Json.object(text);
        return new ConsistencyProof(Json.number(json, "firstSize"), Json.number(json, "secondSize"),
                Json.base64List(json, "hashes"));
    }
}
