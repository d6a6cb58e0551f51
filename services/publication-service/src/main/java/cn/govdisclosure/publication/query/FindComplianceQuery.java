package cn.govdisclosure.publication.query;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the registered agencies of a region and its sub-regions stand against the deadline of their report for
 * {@code year}, as of {@code today} (a day in China).
 */
public record FindComplianceQuery(RegionFilter region, int year, LocalDate today) {

    public FindComplianceQuery {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(today, "today");
    }
}
