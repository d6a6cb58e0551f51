package cn.govdisclosure.publication.command;

import cn.govdisclosure.transparency.Checkpoint;
import cn.govdisclosure.transparency.MerkleTree;
import cn.govdisclosure.transparency.SignedCheckpoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends a published version to the transparency log and signs a checkpoint for the grown tree, in the caller's
 * transaction, so a version is public exactly when it is logged.
 */
@Repository
class TransparencyLogAppender {

    private final JdbcClient jdbc;
    private final TransparencyLogKey key;

    TransparencyLogAppender(JdbcClient jdbc, TransparencyLogKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    SignedCheckpoint append(PublishedVersionLeaf leaf, Instant now) {
        /*
         * Appends are serialised: the next index is the number of committed leaves, and the checkpoint covers
         * exactly them. The lock lets readers (proofs) go on and is held until the publication commits.
         */
        jdbc.sql("LOCK TABLE transparency_leaf IN SHARE ROW EXCLUSIVE MODE").update();
        List<byte[]> hashes = jdbc.sql("SELECT leaf_hash FROM transparency_leaf ORDER BY leaf_index")
                .query(byte[].class).list();
        byte[] bytes = leaf.bytes();
        byte[] leafHash = MerkleTree.leafHash(bytes);
        jdbc.sql("""
                        INSERT INTO transparency_leaf (leaf_index, credit_code, year, version, leaf, leaf_hash)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(hashes.size(), leaf.creditCode(), leaf.year(), leaf.version(), bytes, leafHash)
                .update();
        List<byte[]> grown = new ArrayList<>(hashes);
        grown.add(leafHash);
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(
                new Checkpoint(key.origin(), grown.size(), MerkleTree.root(grown), now), key.privateKey());
        jdbc.sql("""
                        INSERT INTO transparency_checkpoint (tree_size, root_hash, issued_at, signed_text)
                        VALUES (?, ?, ?, ?)""")
                .params(grown.size(), checkpoint.checkpoint().rootHash(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        checkpoint.text())
                .update();
        return checkpoint;
    }
}
