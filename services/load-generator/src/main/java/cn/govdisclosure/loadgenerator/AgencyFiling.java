package cn.govdisclosure.loadgenerator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files one agency's report through the public HTTP API, as its people would: the clerk and the approver sign in,
 * the clerk creates the report, enters its figures in editing rounds and its narrative parts, checks it live and
 * explains the warnings, and submits it; the approver signs it off, which sends it to validation. An agency whose
 * plan says so slips at the last minute (table 三 no longer adds up), is rejected, corrects the cell and goes
 * through approval again. The filing ends when the report is public.
 *
 * <p>Calls, as named to the {@link FilingListener}: {@code token}, {@code create}, {@code figures},
 * {@code sections}, {@code live-check}, {@code explain}, {@code submit}, {@code approve}, {@code status}, and
 * {@code published} when the watch polls.
 */
public final class AgencyFiling {

    private static final Duration STATUS_CHECK_EVERY = Duration.ofSeconds(10);

    private final SystemUnderLoad system;
    private final AgencyPlan plan;
    private final FilingOptions options;
    private final FilingListener listener;
    private final PublicationWatch watch;
    private final HttpApi api;
    private final ReportDraft draft;
    private final String reportUrl;
    private int commands;
    private int figureChanges;
    private int submissions;
    private String clerkToken;
    private String approverToken;

    public AgencyFiling(SystemUnderLoad system, AgencyPlan plan, FilingOptions options, FilingListener listener,
                        PublicationWatch watch) {
        this.system = system;
        this.plan = plan;
        this.options = options;
        this.listener = listener;
        this.watch = watch;
        this.api = new HttpApi(options, listener);
        this.draft = new ReportDraft(plan.seed(), plan.year());
        this.reportUrl = system.submissionUrl() + "/api/reports/" + plan.reportId();
    }

    /**
     * Signs the clerk and the approver in ahead of the filing, as people at their desks are before the deadline
     * (tokens last eight hours); {@link #file()} does it itself when this was not called.
     */
    public void signIn() {
        clerkToken = signIn(plan.clerk());
        approverToken = signIn(plan.approver());
    }

    /** Files the report; never throws: what went wrong is in the outcome. */
    public AgencyOutcome file() {
        long started = System.nanoTime();
        Long submitToPublished = null;
        String error = null;
        try {
            submitToPublished = fileReport();
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return new AgencyOutcome(plan.reportId(), error == null, submissions, commands, figureChanges,
                submitToPublished == null ? null : Duration.ofNanos(submitToPublished),
                Duration.ofNanos(System.nanoTime() - started), error);
    }

    private long fileReport() {
        if (clerkToken == null || approverToken == null) {
            signIn();
        }
        String clerk = clerkToken;
        String approver = approverToken;
        command("create", api.postJson("create", system.submissionUrl() + "/api/reports", clerk,
                Map.of("creditCode", plan.creditCode(), "year", plan.year())), 201);
        changeFigures(clerk, draft.firstRound(), "按本机关统计台账录入");
        for (int round = 2; round <= plan.editingRounds(); round++) {
            changeFigures(clerk, draft.nextRound(plan.cellsPerRound()), "第" + round + "轮核对后修改");
        }
        String reason = URLEncoder.encode("撰写报告正文", StandardCharsets.UTF_8);
        draft.sections().forEach((key, text) -> command("sections",
                api.putText("sections", reportUrl + "/sections/" + key + "?reason=" + reason, clerk, text), 200));
        explainWarnings(clerk);
        if (plan.failsValidationFirst()) {
            changeFigures(clerk, draft.slip(), "补录自然人申请数");
            submitAndApprove(clerk, approver);
            awaitStatus(clerk, "REJECTED");
            changeFigures(clerk, draft.correction(), "按审核意见更正：该申请已撤回");
        }
        long submitted = submitAndApprove(clerk, approver);
        long submitToPublished = awaitPublication(clerk) - submitted;
        listener.published(plan.reportId(), submitToPublished);
        return submitToPublished;
    }

    private String signIn(String username) {
        return api.signIn(system.submissionUrl(), username, plan.password());
    }

    private void changeFigures(String clerk, Map<String, BigDecimal> changes, String reason) {
        command("figures", api.putJson("figures", reportUrl + "/figures", clerk,
                Map.of("changes", changes, "reason", reason)), 200);
        figureChanges += changes.size();
        listener.figuresChanged(changes.size());
    }

    /** The live check, as the form shows it: every warning it raises gets the agency's explanation. */
    private void explainWarnings(String clerk) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("year", plan.year());
        report.put("creditCode", plan.creditCode());
        report.put("figures", draft.figures());
        report.put("sections", draft.sections());
        JsonNode check = HttpApi.expect(api.postJson("live-check", system.validationUrl() + "/api/validate", null,
                report), "live-check", 200);
        for (JsonNode violation : check.path("violations")) {
            if ("WARNING".equals(violation.path("severity").asText())) {
                String ruleId = violation.get("ruleId").asText();
                command("explain", api.putText("explain", reportUrl + "/explanations/" + ruleId, clerk,
                        "本机关已核实：" + violation.path("message").asText()), 200);
            }
        }
    }

    /** Returns when the last sign-off sent the report to validation, as {@link System#nanoTime()}. */
    private long submitAndApprove(String clerk, String approver) {
        command("submit", api.postJson("submit", reportUrl + "/submit", clerk, Map.of()), 202);
        command("approve", api.postJson("approve", reportUrl + "/approve", approver, Map.of("comment", "同意公开")),
                200);
        submissions++;
        return System.nanoTime();
    }

    private void awaitStatus(String clerk, String wanted) {
        long giveUpAt = System.nanoTime() + options.publicationTimeout().toNanos();
        while (System.nanoTime() < giveUpAt) {
            if (status(clerk).equals(wanted)) {
                return;
            }
            HttpApi.pause(options.pollInterval());
        }
        throw new FilingFailedException(plan.reportId() + " did not become " + wanted + " within "
                + options.publicationTimeout());
    }

    /** Waits for the watch to see the report public; an unexpected rejection ends the wait at once. */
    private long awaitPublication(String clerk) {
        long giveUpAt = System.nanoTime() + options.publicationTimeout().toNanos();
        long nextStatusCheck = System.nanoTime() + STATUS_CHECK_EVERY.toNanos();
        while (System.nanoTime() < giveUpAt) {
            Long published = watch.publishedAt(plan.creditCode(), plan.year());
            if (published != null) {
                return published;
            }
            if (System.nanoTime() > nextStatusCheck) {
                nextStatusCheck = System.nanoTime() + STATUS_CHECK_EVERY.toNanos();
                JsonNode report = HttpApi.expect(api.get("status", reportUrl, clerk), "status", 200);
                if ("REJECTED".equals(report.path("status").asText())) {
                    throw new FilingFailedException(plan.reportId() + " was rejected: " + report.get("violations"));
                }
            }
            HttpApi.pause(options.pollInterval());
        }
        throw new FilingFailedException(plan.reportId() + " was not published within "
                + options.publicationTimeout());
    }

    private String status(String clerk) {
        return HttpApi.expect(api.get("status", reportUrl, clerk), "status", 200).path("status").asText();
    }

    private void command(String call, HttpApi.Answer answer, int status) {
        HttpApi.expect(answer, call, status);
        commands++;
        listener.commandAccepted(call);
    }
}
