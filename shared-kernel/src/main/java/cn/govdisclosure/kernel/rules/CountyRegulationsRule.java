package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.agency.RegionCode;
import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** T2-5: county and township bodies have no power to make 规章, so their 规章 row is 0. */
record CountyRegulationsRule() implements Rule {

    @Override
    public String id() {
        return "T2-5";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "县级及以下机关无规章制定权，规章一行应为0";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return format.cells().values().stream().filter(cell -> cell.row().id().equals("regulations"))
                .map(CellDefinition::id).toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        if (report.regionCode() == null || !new RegionCode(report.regionCode()).isCountyLevel()) {
            return List.of();
        }
        List<String> nonZero = reads(report.format()).stream()
                .filter(cell -> Objects.requireNonNullElse(report.figure(cell), BigDecimal.ZERO).signum() != 0)
                .toList();
        return nonZero.isEmpty() ? List.of() : List.of(new Violation(id(), severity(), nonZero,
                "行政区划 " + report.regionCode() + " 为县级及以下，其机关无规章制定权，规章一行应为0，请核实"));
    }
}
