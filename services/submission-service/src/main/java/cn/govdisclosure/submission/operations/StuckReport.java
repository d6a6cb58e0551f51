package cn.govdisclosure.submission.operations;

import java.time.Duration;
import java.time.Instant;

/** A report that has waited for another service longer than it should: in {@code status} since {@code since}. */
public record StuckReport(String reportId, String creditCode, int year, String status, int submissionNumber,
                          Instant since, Duration waiting) {
}
