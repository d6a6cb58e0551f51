package cn.govdisclosure.validation.format;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;

/** No national format applies: the id names neither format, the year has none, or it has another one. */
public class UnknownFormatException extends RuntimeException {

    private UnknownFormatException(String message) {
        super(message);
    }

    static UnknownFormatException withId(String formatId) {
        return new UnknownFormatException("未知的报告格式：" + formatId);
    }

    static UnknownFormatException forYear(int year) {
        return new UnknownFormatException(year + "年度没有适用的报告格式（本系统受理" + ReportFormats.FIRST_YEAR
                + "年度及以后的报告）");
    }

    static UnknownFormatException notForYear(String formatId, int year, ReportFormat prescribed) {
        return new UnknownFormatException(year + "年度报告应采用" + prescribed.id() + "年版格式，而非" + formatId
                + "年版格式");
    }
}
