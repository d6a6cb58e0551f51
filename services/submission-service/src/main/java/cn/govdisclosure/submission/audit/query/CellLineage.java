package cn.govdisclosure.submission.audit.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a published figure came from: every change of the cell up to the acceptance of the submission that became
 * public version {@code version}, the approval round that sent that submission to validation, the submission, the
 * validation outcome that cleared it and the publication. {@code value} is the cell's value as accepted (null when
 * the cell was left empty).
 */
public record CellLineage(String reportId, String cellId, String label, int version, int submissionNumber,
                          BigDecimal value, List<AuditEntry> changes, List<AuditEntry> approvals,
                          AuditEntry submission, AuditEntry validation, AuditEntry publication) {
}
