-- Read models, rebuilt from the event store whenever needed.
CREATE TABLE agency (
    credit_code   CHAR(18)     PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    region_code   CHAR(6)      NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE report_view (
    report_id         VARCHAR(23)  PRIMARY KEY,
    credit_code       CHAR(18)     NOT NULL,
    agency_name       VARCHAR(200) NOT NULL,
    region_code       CHAR(6)      NOT NULL,
    year              INTEGER      NOT NULL,
    format_id         VARCHAR(8)   NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    submission_number INTEGER      NOT NULL DEFAULT 0,
    figures           JSONB        NOT NULL DEFAULT '{}',
    sections          JSONB        NOT NULL DEFAULT '{}',
    violations        JSONB        NOT NULL DEFAULT '[]',
    rule_set_version  VARCHAR(16),
    published_version INTEGER,
    published_url     VARCHAR(500),
    updated_at        TIMESTAMPTZ  NOT NULL
);

CREATE INDEX report_view_by_agency ON report_view (credit_code, year);

-- Kafka messages this service has handled, so that a redelivered message changes nothing.
CREATE TABLE processed_message (
    message_id   VARCHAR(255) PRIMARY KEY,
    processed_at TIMESTAMPTZ  NOT NULL
);
