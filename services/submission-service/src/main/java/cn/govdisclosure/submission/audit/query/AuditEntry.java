package cn.govdisclosure.submission.audit.query;

import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One event of a report's history as an auditor reads it: which event ({@code sequenceNumber}, {@code eventId}),
 * when it was recorded in the event store, who did it, what kind of step it was and its details. Validation outcomes
 * and publications name the service that sent them ({@code validation-service}, {@code publication-service}), the
 * only senders the service accepts those commands from.
 */
public record AuditEntry(long sequenceNumber, String eventId, Instant recordedAt, String user, Kind kind,
                         Details details) {

    /** The kinds of step; the workflow steps are kept when the history is filtered by cell. */
    public enum Kind {
        CREATED(false),
        FIGURES_CHANGED(false),
        SECTION_CHANGED(false),
        WARNING_EXPLAINED(false),
        SUBMITTED_FOR_APPROVAL(true),
        APPROVED(true),
        RETURNED(true),
        SUBMITTED_TO_VALIDATION(true),
        ACCEPTED(true),
        REJECTED(true),
        PUBLISHED(true),
        CORRECTION_OPENED(true),
        REDRIVEN(true);

        private final boolean workflow;

        Kind(boolean workflow) {
            this.workflow = workflow;
        }

        /** A step on the report's way to publication, as opposed to a change of its content. */
        public boolean workflow() {
            return workflow;
        }
    }

    /** What the step changed or decided; one record per kind. */
    public sealed interface Details {
    }

    public record Created(String creditCode, String agencyName, String regionCode, int year, String formatId)
            implements Details {
    }

    /** {@code label} is the cell's name in the national format, e.g. （七）总计·自然人. */
    public record CellChange(String cellId, String label, BigDecimal oldValue, BigDecimal newValue) {
    }

    public record FiguresChanged(List<CellChange> changes, String reason) implements Details {
    }

    public record SectionChanged(String key, String oldText, String newText, String reason) implements Details {
    }

    public record WarningExplained(String ruleId, String oldText, String newText) implements Details {
    }

    public record SubmittedForApproval(int approvalLevels) implements Details {
    }

    /** An approval level's sign-off or return, with the approver's comment. */
    public record ApprovalStep(int level, String comment) implements Details {
    }

    public record SubmittedToValidation(int submissionNumber) implements Details {
    }

    /** The outcome of validation run {@code validationId}: the warnings it accepted with, or the violations. */
    public record ValidationOutcome(int submissionNumber, String validationId, String ruleSetVersion,
                                    List<Violation> violations) implements Details {
    }

    public record Published(int submissionNumber, int version, String url) implements Details {
    }

    public record CorrectionOpened(int publishedVersion, String reason) implements Details {
    }

    /** An operator published the report's last submission or acceptance to Kafka again. */
    public record Redriven(String status, int submissionNumber, String reason) implements Details {
    }

    /** The same entry showing only the given cell's change (for a figure change), or itself. */
    AuditEntry onlyCell(String cellId) {
        if (!(details instanceof FiguresChanged figures)) {
            return this;
        }
        return new AuditEntry(sequenceNumber, eventId, recordedAt, user, kind, new FiguresChanged(
                figures.changes().stream().filter(change -> change.cellId().equals(cellId)).toList(),
                figures.reason()));
    }

    boolean touchesCell(String cellId) {
        return details instanceof FiguresChanged figures
                && figures.changes().stream().anyMatch(change -> change.cellId().equals(cellId));
    }
}
