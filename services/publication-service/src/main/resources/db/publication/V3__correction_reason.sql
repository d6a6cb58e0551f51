-- Why a version corrects the one before it; null for a first publication.
ALTER TABLE published_report ADD COLUMN correction_reason TEXT;
