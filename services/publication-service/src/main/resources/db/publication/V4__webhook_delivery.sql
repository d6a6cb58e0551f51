-- The webhook outbox: one row per publication and configured endpoint, written in the publication's transaction,
-- so a delivery is never lost between the commit and the first attempt, nor by a restart during one.
CREATE TABLE webhook_delivery (
    delivery_id      TEXT PRIMARY KEY,   -- {endpoint}:{creditCode}:{year}:v{version}, sent as X-Webhook-Id
    endpoint         TEXT        NOT NULL,
    credit_code      TEXT        NOT NULL,
    year             INTEGER     NOT NULL,
    version          INTEGER     NOT NULL,
    event            TEXT        NOT NULL CHECK (event IN ('publication', 'correction')),
    payload          TEXT        NOT NULL, -- the exact bytes sent and signed
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         INTEGER     NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL,
    first_attempt_at TIMESTAMPTZ,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    last_error       TEXT,
    delivered_at     TIMESTAMPTZ
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';

-- Every attempt, for operators: the HTTP status, or the error when there was no answer.
CREATE TABLE webhook_attempt (
    delivery_id  TEXT        NOT NULL REFERENCES webhook_delivery (delivery_id),
    attempt      INTEGER     NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    duration_ms  BIGINT      NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
