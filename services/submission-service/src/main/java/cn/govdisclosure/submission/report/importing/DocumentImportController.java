package cn.govdisclosure.submission.report.importing;

import cn.govdisclosure.parser.ParseResult;
import cn.govdisclosure.parser.ReportParser;
import cn.govdisclosure.parser.UnreadableDocumentException;
import cn.govdisclosure.submission.report.command.ChangeFiguresCommand;
import cn.govdisclosure.submission.report.command.ChangeSectionCommand;
import cn.govdisclosure.submission.report.query.ReportView;
import cn.govdisclosure.submission.report.query.ReportViews;
import cn.govdisclosure.submission.report.web.ReportCommands;
import cn.govdisclosure.submission.web.ReportAccess;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading reports agencies already have: parse a document to see what it holds, or import it into a draft. An
 * import records ordinary change events whose reason names the document by its SHA-256, and keeps the document.
 * The body is the document itself ({@code application/octet-stream}); its kind is told from its content.
 */
@RestController
class DocumentImportController {

    private final ReportParser parser = new ReportParser();
    private final ReportViews reports;
    private final ReportCommands commands;
    private final ImportedDocuments documents;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DocumentImportController(ReportViews reports, ReportCommands commands, ImportedDocuments documents,
                             TransactionTemplate transaction, Clock clock) {
        this.reports = reports;
        this.commands = commands;
        this.documents = documents;
        this.transaction = transaction;
        this.clock = clock;
    }

    record ImportResult(String reportId, ParsedDocument document, int cellsImported, int partsImported) {
    }

    @PostMapping(path = "/api/documents/parse", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ParsedDocument parse(@RequestBody byte[] document, @RequestParam(required = false) String fileName) {
        return ParsedDocument.of(sha256(document), read(document, fileName));
    }

    @PostMapping(path = "/api/reports/{reportId}/import", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ImportResult importInto(@PathVariable String reportId, @RequestBody byte[] document,
                            @RequestParam(required = false) String fileName) {
        ReportView report = reports.find(reportId)
                .orElseThrow(() -> new ResourceNotFoundException("报告 " + reportId + " 不存在"));
        String clerk = ReportAccess.require(Role.CLERK, report.creditCode()).username();
        ParseResult parsed = read(document, fileName);
        requireSameReport(report, parsed);
        String sha256 = sha256(document);
        String reason = "导入文档" + (fileName == null ? "" : "“" + fileName + "”") + "（SHA-256 " + sha256 + "）";
        transaction.executeWithoutResult(status -> {
            documents.store(reportId, sha256, fileName, parsed.documentKind().name(), document, clerk,
                    clock.instant());
            Map<String, BigDecimal> figures = parsed.figures();
            if (!figures.isEmpty()) {
                commands.send(reportId, new ChangeFiguresCommand(reportId, figures, reason, clerk, clock.instant()));
            }
            parsed.parts().forEach((key, text) -> commands.send(reportId,
                    new ChangeSectionCommand(reportId, key, text, reason, clerk, clock.instant())));
        });
        return new ImportResult(reportId, ParsedDocument.of(sha256, parsed), parsed.cells().size(),
                parsed.parts().size());
    }

    private ParseResult read(byte[] document, String fileName) {
        if (document == null || document.length == 0) {
            throw new InvalidInputException("body", "请上传报告文档");
        }
        try {
            return parser.parse(document, fileName);
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
    }

    private static void requireSameReport(ReportView report, ParseResult parsed) {
        if (parsed.reportYear() != null && parsed.reportYear() != report.year()) {
            throw new ConflictException("文档为" + parsed.reportYear() + "年度报告，与" + report.year() + "年度报告不符");
        }
        if (!parsed.formatId().equals(report.formatId())) {
            throw new ConflictException("文档采用" + parsed.formatId() + "年版格式，与报告的" + report.formatId()
                    + "年版格式不符");
        }
    }

    private static String sha256(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
