package cn.govdisclosure.publication.command;

import cn.govdisclosure.transparency.Checkpoint;
import cn.govdisclosure.transparency.MerkleFrontier;
import cn.govdisclosure.transparency.MerkleTree;
import cn.govdisclosure.transparency.SignedCheckpoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends a published version to the transparency log and signs a checkpoint for the grown tree, in the caller's
 * transaction, so a version is public exactly when it is logged. Each checkpoint keeps the tree's right edge
 * ({@link MerkleFrontier}), so an append costs the same with a hundred thousand versions logged as with ten.
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
         * Appends are serialised: the next index is the size of the last checkpoint, and the new checkpoint covers
         * exactly the leaves before it and this one. The lock lets readers (proofs) go on and is held until the
         * publication commits.
         */
        jdbc.sql("LOCK TABLE transparency_leaf IN SHARE ROW EXCLUSIVE MODE").update();
        MerkleFrontier frontier = lastFrontier();
        byte[] bytes = leaf.bytes();
        byte[] leafHash = MerkleTree.leafHash(bytes);
        jdbc.sql("""
                        INSERT INTO transparency_leaf (leaf_index, credit_code, year, version, leaf, leaf_hash)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(frontier.size(), leaf.creditCode(), leaf.year(), leaf.version(), bytes, leafHash)
                .update();
        MerkleFrontier grown = frontier.append(leafHash);
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(
                new Checkpoint(key.origin(), grown.size(), grown.root(), now), key.privateKey());
        jdbc.sql("""
                        INSERT INTO transparency_checkpoint (tree_size, root_hash, issued_at, signed_text, frontier)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(grown.size(), checkpoint.checkpoint().rootHash(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        checkpoint.text(), grown.bytes())
                .update();
        return checkpoint;
    }

    /** The tree as of the last checkpoint; one issued before frontiers were kept is read from its leaves once. */
    private MerkleFrontier lastFrontier() {
        record Last(long treeSize, byte[] frontier) {
        }
        return jdbc.sql("SELECT tree_size, frontier FROM transparency_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .query((row, number) -> new Last(row.getLong("tree_size"), row.getBytes("frontier")))
                .optional()
                .map(last -> last.frontier() != null ? MerkleFrontier.read(last.treeSize(), last.frontier())
                        : MerkleFrontier.of(jdbc.sql("""
                                        SELECT leaf_hash FROM transparency_leaf WHERE leaf_index < ?
                                        ORDER BY leaf_index""")
                                .param(last.treeSize()).query(byte[].class).list()))
                .orElse(MerkleFrontier.empty());
    }
}
