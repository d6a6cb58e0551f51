package cn.govdisclosure.publication.query;

import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One public version of a report as readers get it: figures by cell id, narrative sections by key, the warnings the
 * agency published with, and the numbers of all versions of the same report (oldest first). {@code auditHeadHash}
 * (hex) is the head of the report's audit hash chain in the submission service when this version was accepted; null
 * for versions published before it was recorded. {@code correctionReason} says why this version corrects the one
 * before it; null for a first publication.
 */
public record PublishedReport(String reportId, String creditCode, String agencyName, String regionCode, int year,
                              String formatId, int version, int submissionNumber, Instant publishedAt, String url,
                              Map<String, BigDecimal> figures, Map<String, String> sections,
                              List<Violation> warnings, String ruleSetVersion, List<Integer> versions,
                              String auditHeadHash, String correctionReason) {

    public int latestVersion() {
        return versions.get(versions.size() - 1);
    }
}
