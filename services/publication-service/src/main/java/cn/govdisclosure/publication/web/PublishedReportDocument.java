package cn.govdisclosure.publication.web;

import cn.govdisclosure.publication.query.PublishedCell;
import cn.govdisclosure.publication.query.PublishedReport;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A published version as the JSON API returns it: the report's fields as before, plus {@code cells}, every cell of
 * the format in layout order with its label, so that a reader needs no copy of the format to name the figures.
 */
record PublishedReportDocument(@JsonUnwrapped PublishedReport report, List<PublishedCell> cells) {

    static PublishedReportDocument of(PublishedReport report) {
        return new PublishedReportDocument(report, PublishedCell.of(report));
    }
}
