package cn.govdisclosure.publication.query;

import java.time.LocalDate;

/** How an agency stands against its deadline for a year's report, as of a day. */
public enum Timeliness {

    /** First published on or before the deadline. */
    ON_TIME("按时公开"),
    /** First published after the deadline. */
    LATE("逾期公开"),
    /** Not published, and the deadline has passed. */
    MISSING("逾期未公开"),
    /** Not published yet, and the deadline has not passed. */
    NOT_YET_DUE("尚未到期");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Days are days in China; {@code publishedOn} is null when the report was not published. */
    public static Timeliness of(LocalDate deadline, LocalDate publishedOn, LocalDate today) {
        if (publishedOn != null) {
            return publishedOn.isAfter(deadline) ? LATE : ON_TIME;
        }
        return today.isAfter(deadline) ? MISSING : NOT_YET_DUE;
    }
}
