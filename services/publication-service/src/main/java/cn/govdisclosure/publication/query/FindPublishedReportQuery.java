package cn.govdisclosure.publication.query;

import java.util.Objects;

/** One public version of an agency's report for a year; {@code version} null means the latest. */
public record FindPublishedReportQuery(String creditCode, int year, Integer version) {

    public FindPublishedReportQuery {
        Objects.requireNonNull(creditCode, "creditCode");
    }

    public static FindPublishedReportQuery latest(String creditCode, int year) {
        return new FindPublishedReportQuery(creditCode, year, null);
    }

    public static FindPublishedReportQuery version(String creditCode, int year, int version) {
        return new FindPublishedReportQuery(creditCode, year, version);
    }
}
