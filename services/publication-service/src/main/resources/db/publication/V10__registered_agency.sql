-- The agencies the submission service has registered, as announced on submission.events: whom a report is expected
-- from each year, and by when (kind). A copy of another service's facts, kept by the messages it sends.
CREATE TABLE registered_agency (
    credit_code   VARCHAR(18) PRIMARY KEY,
    name          TEXT        NOT NULL,
    region_code   VARCHAR(6)  NOT NULL,
    kind          VARCHAR(32) NOT NULL CHECK (kind IN ('DEPARTMENT', 'PEOPLES_GOVERNMENT')),
    registered_at TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- The compliance dashboard reads a region and its sub-regions by code prefix.
CREATE INDEX registered_agency_by_region ON registered_agency (region_code text_pattern_ops);

-- Agency messages handled, by message id, so that a redelivered or re-published message changes nothing.
CREATE TABLE agency_message (
    message_id TEXT        PRIMARY KEY,
    handled_at TIMESTAMPTZ NOT NULL
);

-- The dashboard looks up each agency's first publication of a year.
CREATE INDEX published_report_first_by_agency ON published_report (year, credit_code, version);
