-- The head of the report's audit hash chain in the submission service when the version was accepted (hex), as the
-- acceptance carried it. Versions published before it was recorded have none.
ALTER TABLE published_report ADD COLUMN audit_head_hash VARCHAR(64);

-- The transparency log: one leaf per published version, in order of publication (leaf_index = position in the
-- Merkle tree, from 0, without gaps). leaf holds the canonical bytes that were hashed; leaf_hash = SHA-256(0x00 ||
-- leaf), kept so that proofs need not hash every leaf again.
CREATE TABLE transparency_leaf (
    leaf_index  BIGINT      NOT NULL,
    credit_code VARCHAR(18) NOT NULL,
    year        INTEGER     NOT NULL,
    version     INTEGER     NOT NULL,
    leaf        BYTEA       NOT NULL,
    leaf_hash   BYTEA       NOT NULL,
    CONSTRAINT transparency_leaf_pk PRIMARY KEY (leaf_index),
    CONSTRAINT transparency_leaf_version_uq UNIQUE (credit_code, year, version),
    CONSTRAINT transparency_leaf_version_fk FOREIGN KEY (credit_code, year, version)
        REFERENCES published_report (credit_code, year, version),
    CONSTRAINT transparency_leaf_index_not_negative CHECK (leaf_index >= 0)
);

-- One signed checkpoint per tree size the log has had; signed_text is the file the verifier reads.
CREATE TABLE transparency_checkpoint (
    tree_size   BIGINT      NOT NULL,
    root_hash   BYTEA       NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    signed_text TEXT        NOT NULL,
    CONSTRAINT transparency_checkpoint_pk PRIMARY KEY (tree_size)
);

-- Both are append-only: the application and casual SQL cannot change or remove what was logged. (Someone who can
-- drop the trigger still cannot hide it: older checkpoints held by auditors no longer prove consistent.)
CREATE FUNCTION refuse_transparency_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the transparency log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER transparency_leaf_append_only BEFORE UPDATE OR DELETE ON transparency_leaf
    FOR EACH ROW EXECUTE FUNCTION refuse_transparency_log_change();
CREATE TRIGGER transparency_leaf_no_truncate BEFORE TRUNCATE ON transparency_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_transparency_log_change();
CREATE TRIGGER transparency_checkpoint_append_only BEFORE UPDATE OR DELETE ON transparency_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_transparency_log_change();
CREATE TRIGGER transparency_checkpoint_no_truncate BEFORE TRUNCATE ON transparency_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_transparency_log_change();
