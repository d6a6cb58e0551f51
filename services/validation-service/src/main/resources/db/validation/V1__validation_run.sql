-- One row per submission of a report: the first validation of a submission stands, a redelivery inserts nothing.
CREATE TABLE validation_run (
    report_id         VARCHAR(32)  NOT NULL,
    submission_number INTEGER      NOT NULL,
    validation_id     UUID         NOT NULL UNIQUE,
    rule_set_version  VARCHAR(32)  NOT NULL,
    outcome           VARCHAR(8)   NOT NULL CHECK (outcome IN ('ACCEPTED', 'REJECTED')),
    violations        JSONB        NOT NULL,
    validated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (report_id, submission_number)
);
