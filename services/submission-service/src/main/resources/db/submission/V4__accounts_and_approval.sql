-- Users of the system. Passwords are stored as bcrypt hashes (Spring Security's delegating format, "{bcrypt}…").
CREATE TABLE user_account (
    username       VARCHAR(64)  PRIMARY KEY,
    password_hash  VARCHAR(200) NOT NULL,
    roles          VARCHAR(100) NOT NULL,
    credit_code    CHAR(18)     REFERENCES agency (credit_code),
    region_code    CHAR(6),
    approval_level INTEGER,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL
);

-- How many sign-off levels an agency's reports need before they go to validation.
ALTER TABLE agency ADD COLUMN approval_levels INTEGER NOT NULL DEFAULT 1;

ALTER TABLE report_view ALTER COLUMN status TYPE VARCHAR(32);
ALTER TABLE report_view ADD COLUMN approval_levels INTEGER;
ALTER TABLE report_view ADD COLUMN approved_levels INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_view ADD COLUMN last_comment TEXT;
