package cn.govdisclosure.publication.query;

/**
 * A page of published reports, newest first, each at its latest version. Every filter is optional (null): {@code year}
 * the report year; {@code region} a region and its sub-regions; {@code agency} part of the agency's name, or its
 * credit code exactly.
 */
public record ListPublishedReportsQuery(Integer year, RegionFilter region, String agency, int page, int size) {

    public ListPublishedReportsQuery {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        agency = agency == null || agency.isBlank() ? null : agency.strip();
    }

    public ListPublishedReportsQuery(Integer year, int page, int size) {
        this(year, null, null, page, size);
    }

    long offset() {
        return (long) page * size;
    }
}
