-- What kind of agency this is, which decides its deadline (31 January, or 31 March for a county-level or higher
-- people's government). Agencies registered before kinds were recorded are departments, as their stored events are
-- read (AgencyRegisteredEventUpcaster), until an administrator records another kind.
ALTER TABLE agency ADD COLUMN kind VARCHAR(32) NOT NULL DEFAULT 'DEPARTMENT'
    CONSTRAINT agency_kind_known CHECK (kind IN ('DEPARTMENT', 'PEOPLES_GOVERNMENT'));
