package cn.govdisclosure.kernel.agency;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of agency files a report, which decides its deadline (条例 第五十条, rule X-3). Every agency registered
 * in this system has a region of county level or above (a 6-digit division code), so a people's government here is
 * always a county-level or higher one.
 */
public enum AgencyKind {

    /**
     * A department of a people's government, or any other administrative agency that publishes its own report,
     * township governments (乡镇人民政府) included: due by 31 January of the following year.
     */
    DEPARTMENT("部门等行政机关", Month.JANUARY),

    /**
     * A county-level or higher people's government (县级以上人民政府), for the report on its own level of government:
     * due by 31 March of the following year.
     */
    PEOPLES_GOVERNMENT("县级以上人民政府", Month.MARCH);

    private final String label;
    private final Month deadlineMonth;

    AgencyKind(String label, Month deadlineMonth) {
        this.label = label;
        this.deadlineMonth = deadlineMonth;
    }

    /** The name readers see, e.g. 县级以上人民政府. */
    public String label() {
        return label;
    }

    /** The last day (in China) on which the report for {@code reportYear} is published in time. */
    public LocalDate deadline(int reportYear) {
        return LocalDate.of(reportYear + 1, deadlineMonth, 1).withDayOfMonth(deadlineMonth.length(false));
    }

    /** The kind named exactly {@code name} ({@code DEPARTMENT}, {@code PEOPLES_GOVERNMENT}), if there is one. */
    public static Optional<AgencyKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
