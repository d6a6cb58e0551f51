package cn.govdisclosure.publication.query;

import cn.govdisclosure.transparency.ConsistencyProof;
import cn.govdisclosure.transparency.InclusionProof;
import cn.govdisclosure.transparency.LogLeaf;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the transparency log: its signed checkpoints, its leaves and proofs computed from the stored leaf hashes.
 * The log is append-only, so a proof for any size up to the current one stays valid while appends go on.
 */
@Component
public class TransparencyLogQueries {

    private final JdbcClient jdbc;

    TransparencyLogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of leaves, which is also the size of the latest checkpoint. */
    public long treeSize() {
        return jdbc.sql("SELECT count(*) FROM transparency_leaf").query(Long.class).single();
    }

    /** The signed checkpoint (file form) issued when the log reached {@code treeSize}. */
    public Optional<String> checkpoint(long treeSize) {
        return jdbc.sql("SELECT signed_text FROM transparency_checkpoint WHERE tree_size = ?")
                .param(treeSize).query(String.class).optional();
    }

    public Optional<LoggedVersion> leaf(String creditCode, int year, int version) {
        return jdbc.sql("""
                        SELECT leaf_index, leaf FROM transparency_leaf
                         WHERE credit_code = ? AND year = ? AND version = ?""")
                .params(creditCode, year, version)
                .query((row, number) -> new LoggedVersion(creditCode, year, version,
                        new LogLeaf(row.getLong("leaf_index"), row.getBytes("leaf"))))
                .optional();
    }

    /** The audit path of a leaf in the tree of the first {@code treeSize} leaves; the leaf must be among them. */
    public InclusionProof inclusion(long leafIndex, long treeSize) {
        return InclusionProof.of(leafHashes(treeSize), Math.toIntExact(leafIndex));
    }

    /** That the first {@code firstSize} leaves are a prefix of the first {@code secondSize}. */
    public ConsistencyProof consistency(long firstSize, long secondSize) {
        return ConsistencyProof.of(leafHashes(secondSize), Math.toIntExact(firstSize));
    }

    private List<byte[]> leafHashes(long treeSize) {
        return jdbc.sql("SELECT leaf_hash FROM transparency_leaf WHERE leaf_index < ? ORDER BY leaf_index")
                .param(treeSize).query(byte[].class).list();
    }

    /**
     * A published version's leaf. JSON form, which the offline verifier reads as a leaf file:
     * {@code {"creditCode":"…","year":2023,"version":2,"leafIndex":4,"leaf":"<base64>"}}.
     */
    public record LoggedVersion(String creditCode, int year, int version, LogLeaf leaf) {

        public String toJson() {
            String leafJson = leaf.toJson();
            return "{\"creditCode\":\"" + creditCode + "\",\"year\":" + year + ",\"version\":" + version + ","
                    + leafJson.substring(1);
        }
    }
}
