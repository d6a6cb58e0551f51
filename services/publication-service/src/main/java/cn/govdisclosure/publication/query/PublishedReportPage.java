package cn.govdisclosure.publication.query;

import java.util.List;

/** One page of the listing; {@code total} counts reports (not versions) over all pages. */
public record PublishedReportPage(List<PublishedReportSummary> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
