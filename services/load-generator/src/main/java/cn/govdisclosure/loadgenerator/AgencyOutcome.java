package cn.govdisclosure.loadgenerator;

import java.time.Duration;

/**
 * What happened to one agency's filing.
 *
 * @param submissions      how many times the report went to validation (2 when it failed first and was corrected)
 * @param commands         commands the submission service accepted for it
 * @param figureChanges    cells changed, over all its edits
 * @param submitToPublished from the last sign-off to the report being public; null when it was not published
 * @param error            why the filing stopped, or null when the report was published
 */
public record AgencyOutcome(String reportId, boolean published, int submissions, int commands, int figureChanges,
                            Duration submitToPublished, Duration elapsed, String error) {
}
