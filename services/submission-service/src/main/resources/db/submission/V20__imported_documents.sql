-- The original documents reports were imported from, kept as evidence: the change events' reasons name them by
-- their SHA-256.
CREATE TABLE imported_document (
    report_id   VARCHAR(23)  NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    file_name   VARCHAR(255),
    kind        VARCHAR(8)   NOT NULL,
    content     BYTEA        NOT NULL,
    imported_by VARCHAR(64)  NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (report_id, sha256)
);
