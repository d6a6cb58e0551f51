package cn.govdisclosure.submission.report.command;

/** Where a report stands on its way from draft to publication. */
public enum ReportStatus {
    DRAFT,
    /** With the agency's approvers, level by level. */
    AWAITING_APPROVAL,
    SUBMITTED,
    REJECTED,
    ACCEPTED,
    PUBLISHED,
    /** Published, and being corrected by the agency; the published version stays public meanwhile. */
    UNDER_CORRECTION;

    /** Figures, sections and explanations of warnings may change only while the agency holds the report. */
    boolean editable() {
        return this == DRAFT || this == REJECTED || this == UNDER_CORRECTION;
    }
}
