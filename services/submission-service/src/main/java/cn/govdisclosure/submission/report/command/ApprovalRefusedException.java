package cn.govdisclosure.submission.report.command;

/** This person may not sign off or send back the report at this point; answered with 403. */
public class ApprovalRefusedException extends RuntimeException {

    ApprovalRefusedException(String message) {
        super(message);
    }
}
