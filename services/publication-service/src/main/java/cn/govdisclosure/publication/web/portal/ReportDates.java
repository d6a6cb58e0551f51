package cn.govdisclosure.publication.web.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as readers in China write them, for days in China. */
final class ReportDates {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ReportDates() {
    }

    /** 2024年1月31日 */
    static String full(LocalDate day) {
        return day.getYear() + "年" + monthDay(day);
    }

    /** The day in China of an instant, 2024年1月31日. */
    static String full(Instant instant) {
        return full(instant.atZone(CHINA).toLocalDate());
    }

    /** 1月31日 */
    static String monthDay(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
