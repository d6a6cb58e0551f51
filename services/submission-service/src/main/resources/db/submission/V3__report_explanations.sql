-- The agency's explanations of warnings, by rule id; a warning blocks acceptance until its rule is explained.
ALTER TABLE report_view ADD COLUMN explanations JSONB NOT NULL DEFAULT '{}';
