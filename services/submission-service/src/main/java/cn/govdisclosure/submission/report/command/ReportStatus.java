package cn.govdisclosure.submission.report.command;

/** Where a report stands on its way from draft to publication. */
public enum ReportStatus {
    DRAFT,
    /** With the agency's approvers, level by level. */
    AWAITING_APPROVAL,
    SUBMITTED,
    REJECTED,
    ACCEPTED,
    PUBLISHED;

    /** Figures, sections and explanations of warnings may change only while the agency holds the report. */
    boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
