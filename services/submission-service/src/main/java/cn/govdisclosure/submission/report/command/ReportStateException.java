package cn.govdisclosure.submission.report.command;

/** The command does not fit where the report stands (changing a submitted report, submitting twice …). */
public class ReportStateException extends IllegalStateException {

    ReportStateException(String message) {
        super(message);
    }
}
