package cn.govdisclosure.submission.audit.web;

import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.report.ReportId;
import cn.govdisclosure.submission.audit.query.CellLineage;
import cn.govdisclosure.submission.audit.query.ReportAudit;
import cn.govdisclosure.submission.audit.query.ReportEvents;
import cn.govdisclosure.submission.web.ReportAccess;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lineage of a published figure, for those who may read the report: from the public address of a version
 * (credit code, year, version) back to every change of the cell, the approvals and the validation outcome that
 * cleared it. Read from the event store.
 */
@RestController
@RequestMapping("/api/audit/published/{creditCode}/{year}/{version}")
class PublishedLineageController {

    private final ReportAudit audit;

    PublishedLineageController(ReportAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/lineage")
    CellLineage lineage(@PathVariable String creditCode, @PathVariable int year, @PathVariable int version,
                        @RequestParam String cell) {
        String reportId = reportId(creditCode, year);
        if (version < 1) {
            throw new InvalidInputException("version", "版本号应为正整数");
        }
        ReportEvents events = audit.events(reportId)
                .orElseThrow(() -> new ResourceNotFoundException("报告 " + reportId + " 不存在"));
        ReportAccess.requireReader(events.creditCode(), events.regionCode());
        if (ReportFormats.byId(events.formatId()).flatMap(format -> format.cell(cell)).isEmpty()) {
            throw new InvalidInputException("cell", "报告格式中没有栏目 " + cell);
        }
        return audit.lineage(events, cell, version).orElseThrow(() -> new ResourceNotFoundException(
                "报告 " + reportId + " 没有公开的第" + version + "版"));
    }

    private static String reportId(String creditCode, int year) {
        try {
            return new ReportId(creditCode + "-" + year).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("creditCode", "统一社会信用代码或年度不正确");
        }
    }
}
