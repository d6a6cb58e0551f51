package cn.govdisclosure.publication.query;

/** A report year and how many agencies published a report for it. */
public record YearCount(int year, long reports) {
}
