-- Answers to commands sent with an Idempotency-Key header (IdempotencyFilter), so that a retried command changes
-- nothing and gets the first answer again. A key belongs to the user who sent it and expires after 24 hours.
CREATE TABLE idempotent_request (
    username        TEXT         NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    method          VARCHAR(8)   NOT NULL,
    path            TEXT         NOT NULL,
    -- SHA-256 of method, path, query, content type and body: the same key for another request is refused.
    request_hash    CHAR(64)     NOT NULL,
    -- The answer; status is null while the first request is still running.
    status          INTEGER,
    content_type    TEXT,
    location        TEXT,
    body            BYTEA,
    started_at      TIMESTAMPTZ  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (username, idempotency_key)
);

CREATE INDEX idempotent_request_by_expiry ON idempotent_request (expires_at);
