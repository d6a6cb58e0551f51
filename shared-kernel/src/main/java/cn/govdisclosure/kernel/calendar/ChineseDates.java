package cn.govdisclosure.kernel.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days in China, and dates as readers in China write them. Deadlines, publication days and the date a report was
 * submitted are all China's calendar days, whatever the server's time zone.
 */
public final class ChineseDates {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ChineseDates() {
    }

    /** The day in China of an instant. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(CHINA).toLocalDate();
    }

    /** 2024年1月31日 */
    public static String full(LocalDate day) {
        return day.getYear() + "年" + monthDay(day);
    }

    /** The day in China of an instant, 2024年1月31日. */
    public static String full(Instant instant) {
        return full(day(instant));
    }

    /** 1月31日 */
    public static String monthDay(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
