package cn.govdisclosure.publication.query;

/** A page of published reports, newest first, each at its latest version; {@code year} null means every year. */
public record ListPublishedReportsQuery(Integer year, int page, int size) {

    public ListPublishedReportsQuery {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }

    long offset() {
        return (long) page * size;
    }
}
