-- The right edge of the log's Merkle tree at this checkpoint (MerkleFrontier: the roots of its perfect subtrees,
-- largest first, 32 bytes each), so that the next append hashes a few nodes instead of every leaf again.
-- Checkpoints issued before it was kept have none; the next append computes it once from the leaves.
ALTER TABLE transparency_checkpoint ADD COLUMN frontier BYTEA;
