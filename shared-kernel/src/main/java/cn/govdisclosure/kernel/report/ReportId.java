package cn.govdisclosure.kernel.report;

import cn.govdisclosure.kernel.agency.CreditCode;
import java.util.Objects;

/** The id of one agency's annual report for one year: {@code {creditCode}-{year}}. */
public record ReportId(String value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9A-Z]{18}-[0-9]{4}")) {
            throw new IllegalArgumentException("报告编号格式应为“统一社会信用代码-年度”");
        }
    }

    public static ReportId of(CreditCode creditCode, int year) {
        return new ReportId(creditCode.value() + "-" + year);
    }

    public String creditCode() {
        return value.substring(0, 18);
    }

    public int year() {
        return Integer.parseInt(value.substring(19));
    }

    @Override
    public String toString() {
        return value;
    }
}
