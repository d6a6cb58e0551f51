package cn.govdisclosure.transparency;

import java.util.Base64;
import java.util.Map;

/**
 * One entry of the log: its position and its bytes. JSON form {@code {"leafIndex":4,"leaf":"<base64>"}}; other
 * members (a log may add what the leaf describes) are ignored when read.
 */
public record LogLeaf(long leafIndex, byte[] leaf) {

    public LogLeaf {
        leaf = leaf.clone();
    }

    @Override
    public byte[] leaf() {
        return leaf.clone();
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(leaf);
    }

    public String toJson() {
        return "{\"leafIndex\":" + leafIndex + ",\"leaf\":\"" + Base64.getEncoder().encodeToString(leaf) + "\"}";
    }

    public static LogLeaf fromJson(String text) {
        Map<String, Object> json = Json.object(text);
        return new LogLeaf(Json.number(json, "leafIndex"), Base64.getDecoder().decode(Json.string(json, "leaf")));
    }
}
