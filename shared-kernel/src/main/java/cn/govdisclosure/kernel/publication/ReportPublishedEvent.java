package cn.govdisclosure.kernel.publication;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.report.ReportId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * A report is public: publication {@code version} of the agency's report for {@code year}, with the content
 * readers see. Consumers keep their own copy (the validation service checks next year's report against it).
 *
 * <p>Published by the publication service on {@code publication.events}. Revision 1: initial.
 */
@Revision("1")
public record ReportPublishedEvent(String reportId, String creditCode, String agencyName, String regionCode,
                                   int year, String formatId, int version, int submissionNumber,
                                   ReportContent content, String url, Instant publishedAt) {

    public ReportPublishedEvent {
        new ReportId(reportId);
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
