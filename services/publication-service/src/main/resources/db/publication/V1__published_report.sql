-- One row per public version of an agency's annual report. A later accepted submission of the same report becomes
-- the next version; earlier versions stay public. (report_id, submission_number) is unique so that a redelivered
-- acceptance changes nothing.
CREATE TABLE published_report (
    credit_code       VARCHAR(18)  NOT NULL,
    year              INTEGER      NOT NULL,
    version           INTEGER      NOT NULL,
    report_id         VARCHAR(23)  NOT NULL,
    submission_number INTEGER      NOT NULL,
    agency_name       TEXT         NOT NULL,
    region_code       VARCHAR(6)   NOT NULL,
    format_id         VARCHAR(8)   NOT NULL,
    figures           JSONB        NOT NULL,
    sections          JSONB        NOT NULL,
    warnings          JSONB        NOT NULL,
    rule_set_version  VARCHAR(32)  NOT NULL,
    published_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT published_report_pk PRIMARY KEY (credit_code, year, version),
    CONSTRAINT published_report_submission_uq UNIQUE (report_id, submission_number),
    CONSTRAINT published_report_version_positive CHECK (version > 0)
);

-- The portal's listing: newest first, optionally for one report year.
CREATE INDEX published_report_by_year_newest ON published_report (year, published_at DESC);
CREATE INDEX published_report_newest ON published_report (published_at DESC);
