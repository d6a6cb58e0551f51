package cn.govdisclosure.publication.query;

import java.math.BigDecimal;

/** One figure of an agency's report for {@code year}, as its latest {@code version} publishes it (null if absent). */
public record YearFigure(int year, int version, BigDecimal value) {
}
