package cn.govdisclosure.publication.query;

/**
 * A page of published reports, each at its latest version. Every filter is optional (null): {@code year} the report
 * year; {@code region} a region and its sub-regions; {@code agency} part of the agency's name, or its credit code
 * exactly. {@code order}: newest first (the API), or by year, region and agency (the portal's index).
 */
public record ListPublishedReportsQuery(Integer year, RegionFilter region, String agency, int page, int size,
                                        Order order) {

    /** How the listing is sorted. */
    public enum Order {
        /** Most recently published first. */
        NEWEST_FIRST("published_at DESC, credit_code, year"),
        /** Latest report year first, then by region code, then by agency name: how the portal's index groups. */
        BY_YEAR_REGION_AGENCY("year DESC, region_code, agency_name, credit_code");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }

    public ListPublishedReportsQuery {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        agency = agency == null || agency.isBlank() ? null : agency.strip();
        order = order == null ? Order.NEWEST_FIRST : order;
    }

    public ListPublishedReportsQuery(Integer year, RegionFilter region, String agency, int page, int size) {
        this(year, region, agency, page, size, Order.NEWEST_FIRST);
    }

    public ListPublishedReportsQuery(Integer year, int page, int size) {
        this(year, null, null, page, size);
    }

    long offset() {
        return (long) page * size;
    }
}
