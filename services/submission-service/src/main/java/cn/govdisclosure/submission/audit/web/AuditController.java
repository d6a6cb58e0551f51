package cn.govdisclosure.submission.audit.web;

import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.submission.audit.chain.ChainVerification;
import cn.govdisclosure.submission.audit.chain.ChainVerifier;
import cn.govdisclosure.submission.audit.query.AsOf;
import cn.govdisclosure.submission.audit.query.AuditEntry;
import cn.govdisclosure.submission.audit.query.HistoryFilter;
import cn.govdisclosure.submission.audit.query.ReportAudit;
import cn.govdisclosure.submission.audit.query.ReportDiff;
import cn.govdisclosure.submission.audit.query.ReportEvents;
import cn.govdisclosure.submission.audit.query.ReportState;
import cn.govdisclosure.submission.web.ReportAccess;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A report's audit trail for those who may read the report (its agency's clerks and approvers, supervisors of its
 * region, auditors): every event, the report at any point, the differences between two points, and whether the
 * stored events are still those that were appended. Everything is read from the event store, never from the read
 * model.
 */
@RestController
@RequestMapping("/api/audit/reports/{reportId}")
class AuditController {

    private static final Pattern SEQUENCE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final int MAX_USER_LENGTH = 64;

    private final ReportAudit audit;
    private final ChainVerifier chain;

    AuditController(ReportAudit audit, ChainVerifier chain) {
        this.audit = audit;
        this.chain = chain;
    }

    record Verification(String reportId, long events, String headHash, boolean intact,
                        ChainVerification.Mismatch firstMismatch) {
    }

    @GetMapping("/verify")
    Verification verify(@PathVariable String reportId) {
        readable(reportId);
        ChainVerification verification = chain.verify(reportId);
        return new Verification(reportId, verification.events(), verification.headHash(), verification.intact(),
                verification.firstMismatch());
    }

    @GetMapping("/history")
    List<AuditEntry> history(@PathVariable String reportId, @RequestParam(required = false) String cell,
                             @RequestParam(required = false) String user,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        ReportEvents events = readable(reportId);
        if (cell != null && ReportFormats.byId(events.formatId()).flatMap(format -> format.cell(cell)).isEmpty()) {
            throw new InvalidInputException("cell", "报告格式中没有栏目 " + cell);
        }
        if (user != null && (user.isBlank() || user.length() > MAX_USER_LENGTH)) {
            throw new InvalidInputException("user", "用户名应为1至" + MAX_USER_LENGTH + "个字符");
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidInputException("from", "起始时间不能晚于结束时间");
        }
        return audit.history(events, new HistoryFilter(cell, user, start, end));
    }

    /** The report as it stood at {@code at} (an ISO instant) or after event {@code version} (a sequence number). */
    @GetMapping("/state")
    ReportState state(@PathVariable String reportId, @RequestParam(required = false) String at,
                      @RequestParam(required = false) String version) {
        ReportEvents events = readable(reportId);
        if ((at == null) == (version == null)) {
            throw new InvalidInputException(at == null ? "at" : "version", "请给出 at（时间）或 version（事件序号）之一");
        }
        AsOf point = at != null ? AsOf.at(instant("at", at)) : sequenceNumber("version", version, events);
        return audit.stateAt(events, point).orElseThrow(() -> new ResourceNotFoundException(
                "报告 " + reportId + " 在 " + at + " 尚未创建"));
    }

    /** The cells and sections that differ between two points, each an ISO instant or a sequence number. */
    @GetMapping("/diff")
    ReportDiff diff(@PathVariable String reportId, @RequestParam String from, @RequestParam String to) {
        ReportEvents events = readable(reportId);
        return audit.diff(events, point("from", from, events), point("to", to, events))
                .orElseThrow(() -> new ResourceNotFoundException("报告 " + reportId + " 在 " + to + " 尚未创建"));
    }

    private ReportEvents readable(String reportId) {
        ReportEvents events = audit.events(reportId)
                .orElseThrow(() -> new ResourceNotFoundException("报告 " + reportId + " 不存在"));
        ReportAccess.requireReader(events.creditCode(), events.regionCode());
        return events;
    }

    private static AsOf point(String field, String value, ReportEvents events) {
        return SEQUENCE_NUMBER.matcher(value).matches() ? sequenceNumber(field, value, events)
                : AsOf.at(instant(field, value));
    }

    private static AsOf sequenceNumber(String field, String value, ReportEvents events) {
        if (!SEQUENCE_NUMBER.matcher(value).matches()) {
            throw new InvalidInputException(field, "事件序号应为非负整数");
        }
        long sequenceNumber = Long.parseLong(value);
        if (sequenceNumber > events.lastSequenceNumber()) {
            throw new InvalidInputException(field, "报告只有序号 0 至 " + events.lastSequenceNumber() + " 的事件");
        }
        return AsOf.version(sequenceNumber);
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "时间应为 ISO-8601 格式，如 2024-01-15T08:00:00Z");
        }
    }
}
