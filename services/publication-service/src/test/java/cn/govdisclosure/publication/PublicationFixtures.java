package cn.govdisclosure.publication;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.MessageTypes;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.report.ReportId;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.AgencyKindChangedEvent;
import cn.govdisclosure.kernel.submission.AgencyRegisteredEvent;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Accepted reports as the submission service sends them, and the agencies that file them. */
public final class PublicationFixtures {

    public static final String ZEZHOU = KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE;
    public static final Violation REVIEWS_WITHOUT_APPLICATIONS = new Violation("X-4", Severity.WARNING,
            List.of("s4.review.total", "s4.litigationDirect.total"),
            "本年度未收到政府信息公开申请，但有行政复议2件、行政诉讼17件，请核实");

    private PublicationFixtures() {
    }

    /** A valid credit code of another (fictional) bureau in 泽州县, one per number. */
    public static String agency(int number) {
        String first17 = "11140525" + String.format("%09d", number);
        return new CreditCode(first17 + CreditCode.checkCharacter(first17)).value();
    }

    public static String reportId(String creditCode, int year) {
        return new ReportId(creditCode + "-" + year).value();
    }

    /** The example report (泽州县人社局 2023) with its narrative, as the agency filed it. */
    public static ReportContent zezhouReport() {
        return new ReportContent(KernelFixtures.zezhouFigures2023(ReportFormats.FORMAT_2021), Map.of(
                "preamble", "我局的政府信息公开工作本年度报告中所有数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
                        + "如对本年度报告有任何疑问，请与泽州县人力资源和社会保障局联系（电话：0356-3030215）。",
                "overview", "（一）主动公开方面\n2023年度公开政府信息120条，其中部门工作70条，就业领域31条，社保领域18条，"
                        + "政府信息公开年报1条。\n（二）依申请公开方面\n2023年度我局未收到依申请公开。",
                "problems", "一是政府信息公开工作还比较薄弱；二是信息公开工作机制还不够完善。",
                "other", "本机关2023年度未收取政府信息公开信息处理费。<script>alert(1)</script>"));
    }

    /** The same report with one figure changed, as a correction would be. */
    public static ReportContent corrected(ReportContent content, String cellId, BigDecimal value) {
        Map<String, BigDecimal> figures = new HashMap<>(content.figures());
        figures.put(cellId, value);
        return new ReportContent(figures, content.sections());
    }

    public static ReportAcceptedEvent accepted(String creditCode, int year, int submissionNumber,
                                               ReportContent content) {
        return accepted(creditCode, year, submissionNumber, content, null);
    }

    /** The acceptance of a correction of an earlier publication, for {@code reason}. */
    public static ReportAcceptedEvent correction(String creditCode, int year, int submissionNumber,
                                                 ReportContent content, String reason) {
        return new ReportAcceptedEvent(reportId(creditCode, year), creditCode, KernelFixtures.ZEZHOU_HRSS_NAME,
                KernelFixtures.ZEZHOU_REGION_CODE, year, "2021", submissionNumber, content,
                List.of(REVIEWS_WITHOUT_APPLICATIONS), RuleSet.VERSION, Instant.parse("2024-02-03T08:00:00Z"),
                null, reason);
    }

    /** An acceptance that carries the head of the report's audit hash chain (hex), as the submission service sends. */
    public static ReportAcceptedEvent accepted(String creditCode, int year, int submissionNumber,
                                               ReportContent content, String auditHeadHash) {
        return new ReportAcceptedEvent(reportId(creditCode, year), creditCode, KernelFixtures.ZEZHOU_HRSS_NAME,
                KernelFixtures.ZEZHOU_REGION_CODE, year, "2021", submissionNumber, content,
                List.of(REVIEWS_WITHOUT_APPLICATIONS), RuleSet.VERSION, Instant.parse("2024-01-24T08:00:00Z"),
                auditHeadHash);
    }

    /** A made-up head of an audit hash chain: 64 hex digits, different for every seed. */
    public static String auditHeadHash(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportSubmittedEvent submitted(String creditCode, int year, ReportContent content) {
        return new ReportSubmittedEvent(reportId(creditCode, year), creditCode, KernelFixtures.ZEZHOU_HRSS_NAME,
                KernelFixtures.ZEZHOU_REGION_CODE, year, "2021", 1, content, "zhang.san",
                Instant.parse("2024-01-23T08:00:00Z"));
    }

    /** The record the submission service puts on {@code submission.events} for an event. */
    public static ProducerRecord<String, byte[]> onSubmissionEvents(String reportId, String messageId, Object event) {
        return record(reportId, MessageTypes.nameOf(event.getClass()), messageId, MessageCodec.encode(event));
    }

    /** The acceptance of an agency's first publication for {@code year}, as any agency of any region files it. */
    public static ReportAcceptedEvent accepted(String creditCode, String agencyName, String regionCode, int year,
                                               ReportContent content) {
        return new ReportAcceptedEvent(reportId(creditCode, year), creditCode, agencyName, regionCode, year, "2021", 1,
                content, List.of(), RuleSet.VERSION, Instant.parse("2024-01-24T08:00:00Z"));
    }

    /** The registration of an agency, as the submission service announces it on {@code submission.events}. */
    public static ProducerRecord<String, byte[]> agencyRegistered(String messageId, String creditCode, String name,
                                                                  String regionCode, AgencyKind kind) {
        return record(creditCode, MessageTypes.nameOf(AgencyRegisteredEvent.class), messageId,
                MessageCodec.encode(new AgencyRegisteredEvent(creditCode, name, regionCode, kind,
                        Instant.parse("2021-11-02T01:30:00Z"))));
    }

    /** An administrator's correction of an agency's kind, as the submission service announces it. */
    public static ProducerRecord<String, byte[]> agencyKindChanged(String messageId, String creditCode,
                                                                   AgencyKind kind) {
        return record(creditCode, MessageTypes.nameOf(AgencyKindChangedEvent.class), messageId,
                MessageCodec.encode(new AgencyKindChangedEvent(creditCode, kind, Instant.parse("2022-01-05T01:30:00Z"))));
    }

    /** A record that claims to be an acceptance but whose body is not one. */
    public static ProducerRecord<String, byte[]> unreadableAcceptance(String reportId) {
        return record(reportId, MessageTypes.nameOf(ReportAcceptedEvent.class), "accepted:" + reportId + ":garbled",
                "{\"reportId\": ".getBytes(StandardCharsets.UTF_8));
    }

    /** An event type this service has never heard of, as the submission service may add one day. */
    public static ProducerRecord<String, byte[]> futureEvent(String reportId) {
        return record(reportId, "submission.ReportWithdrawn", "withdrawn:" + reportId,
                ("{\"reportId\": \"" + reportId + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static ProducerRecord<String, byte[]> record(String key, String type, String messageId, byte[] body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SUBMISSION_EVENTS, key, body);
        header(record, MessageHeaders.MESSAGE_ID, messageId);
        header(record, MessageHeaders.MESSAGE_TYPE, type);
        header(record, MessageHeaders.MESSAGE_REVISION, "1");
        header(record, MessageHeaders.SENDER, "submission-service");
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
