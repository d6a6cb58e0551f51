package cn.govdisclosure.faults;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One agency filing its annual report through the public API, from registration to publication, the unit of the
 * surge. The suite only needs this much of a workload, so that a shared load-generator library can stand in for
 * {@link ApiFilingWorkload}.
 */
interface FilingWorkload {

    /**
     * Files the report of agency number {@code agency} and waits for its publication, riding out faults: a request
     * that fails for the system's sake is sent again; the result tells what was entered and how it ended.
     */
    Filing file(int agency);

    /**
     * What one agency entered and how its filing ended: {@code status} is the report's last status seen
     * (PUBLISHED when it went through), {@code error} why it did not.
     */
    record Filing(String reportId, String creditCode, int year, Map<String, BigDecimal> figures,
                  Map<String, String> sections, Map<String, String> explanations, int figureChanges,
                  String status, String error) {
    }
}
