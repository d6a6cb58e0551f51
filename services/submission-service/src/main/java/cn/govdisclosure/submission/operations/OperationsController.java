package cn.govdisclosure.submission.operations;

import cn.govdisclosure.submission.report.command.RedriveReportCommand;
import cn.govdisclosure.submission.report.web.ReportCommands;
import cn.govdisclosure.support.security.CurrentUser;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.PlainText;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an operator (ADMIN) sees and does when something is in flight too long: reports stuck between services, to
 * re-drive, and messages in the dead-letter topics, to replay or discard. Every action names its reason and is
 * recorded: a re-drive as an event of the report, a dead-letter action in the append-only action log.
 */
@RestController
@RequestMapping("/api/operations")
class OperationsController {

    private static final int MAX_REASON_LENGTH = 500;

    private final StuckReports stuckReports;
    private final DeadLetterQueue deadLetters;
    private final ReportCommands commands;
    private final Clock clock;

    OperationsController(StuckReports stuckReports, DeadLetterQueue deadLetters, ReportCommands commands,
                         Clock clock) {
        this.stuckReports = stuckReports;
        this.deadLetters = deadLetters;
        this.commands = commands;
        this.clock = clock;
    }

    record ActionRequest(String reason) {
    }

    @GetMapping("/stuck-reports")
    List<StuckReport> stuckReports() {
        return stuckReports.find();
    }

    /** Publishes the submission or acceptance the report waits on again; 409 unless it waits on a service. */
    @PostMapping("/stuck-reports/{reportId}/redrive")
    void redrive(@PathVariable String reportId, @RequestBody(required = false) ActionRequest request) {
        commands.send(reportId, new RedriveReportCommand(reportId, reason(request), CurrentUser.get().username(),
                clock.instant()));
    }

    @GetMapping("/dead-letters")
    List<DeadLetter> deadLetters(@RequestParam(defaultValue = "false") boolean open) {
        return deadLetters.list(open);
    }

    @GetMapping("/dead-letters/actions")
    List<DeadLetterAction> deadLetterActions() {
        return deadLetters.actions();
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/replay")
    DeadLetterAction replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
                            @RequestBody(required = false) ActionRequest request) {
        return deadLetters.replay(topic, partition, offset, reason(request), CurrentUser.get().username());
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/discard")
    DeadLetterAction discard(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
                             @RequestBody(required = false) ActionRequest request) {
        return deadLetters.discard(topic, partition, offset, reason(request), CurrentUser.get().username());
    }

    private static String reason(ActionRequest request) {
        String reason = request == null ? null : request.reason();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请说明处理原因");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "处理原因不能超过" + MAX_REASON_LENGTH + "字");
        }
        PlainText.require("reason", "处理原因", reason);
        return reason.strip();
    }
}
