-- This service's own copy of the agencies' reports of past years, for checking the next year's report against
-- (rules T3-6, T2-3, T2-4). One row per agency and year: the latest published version, or a report loaded from
-- before this system (no version), which any published version replaces.
CREATE TABLE known_report (
    credit_code  VARCHAR(18)  NOT NULL,
    year         INTEGER      NOT NULL,
    format_id    VARCHAR(8)   NOT NULL,
    figures      JSONB        NOT NULL,
    sections     JSONB        NOT NULL,
    version      INTEGER,
    source       VARCHAR(9)   NOT NULL CHECK (source IN ('PUBLISHED', 'LOADED')),
    recorded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (credit_code, year),
    CHECK ((source = 'PUBLISHED') = (version IS NOT NULL))
);
