package cn.govdisclosure.kernel.format;

import static cn.govdisclosure.kernel.format.ValueKind.AMOUNT;
import static cn.govdisclosure.kernel.format.ValueKind.COUNT;
import static cn.govdisclosure.kernel.format.ValueKind.SIGNED_COUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two national formats, transcribed from 国办公开办函〔2021〕30号 and 〔2019〕60号. Labels are the official
 * ones; ids are this project's stable cell names (see the format specification).
 */
public final class ReportFormats {

    /** The first report year of the trial format; earlier reports used the pre-2019 regulation and are not filed here. */
    public static final int FIRST_YEAR = 2019;
    /** The first report year of the 2021 format. */
    public static final int FIRST_YEAR_OF_2021_FORMAT = 2021;

    public static final ReportFormat FORMAT_2021 = new ReportFormat("2021", "国办公开办函〔2021〕30号",
            sections(), List.of(table2Of2021(), table3(false), table4()));

    public static final ReportFormat FORMAT_2019 = new ReportFormat("2019", "国办公开办函〔2019〕60号",
            sections(), List.of(table2Of2019(), table3(true), table4()));

    private ReportFormats() {
    }

    /** The format prescribed for a report year, or empty for a year before the trial format. */
    public static Optional<ReportFormat> forYear(int year) {
        if (year < FIRST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(year >= FIRST_YEAR_OF_2021_FORMAT ? FORMAT_2021 : FORMAT_2019);
    }

    public static Optional<ReportFormat> byId(String id) {
        return List.of(FORMAT_2021, FORMAT_2019).stream().filter(format -> format.id().equals(id)).findFirst();
    }

    private static List<SectionDefinition> sections() {
        return List.of(
                new SectionDefinition("preamble", ""),
                new SectionDefinition("overview", "一、总体情况"),
                new SectionDefinition("problems", "五、存在的主要问题及改进情况"),
                new SectionDefinition("other", "六、其他需要报告的事项"));
    }

    private static TableDefinition table2Of2021() {
        List<ColumnDefinition> documents = List.of(
                column("issued", "本年制发件数", COUNT),
                column("repealed", "本年废止件数", COUNT),
                column("inForce", "现行有效件数", COUNT));
        List<ColumnDefinition> decisions = List.of(column("decisions", "本年处理决定数量", COUNT));
        return new TableDefinition("二", "二、主动公开政府信息情况", "s2", null, List.of(
                block("第二十条第（一）项", documents, row("regulations", "规章"),
                        row("normativeDocuments", "行政规范性文件")),
                block("第二十条第（五）项", decisions, row("licensing", "行政许可")),
                block("第二十条第（六）项", decisions, row("punishment", "行政处罚"), row("coercion", "行政强制")),
                block("第二十条第（八）项", List.of(column("amount", "本年收费金额（单位：万元）", AMOUNT)),
                        row("fees", "行政事业性收费"))));
    }

    private static TableDefinition table2Of2019() {
        List<ColumnDefinition> documents = List.of(
                column("made", "本年新制作数量", COUNT),
                column("published", "本年新公开数量", COUNT),
                column("totalPublished", "对外公开总数量", COUNT));
        List<ColumnDefinition> items = List.of(
                column("previousItems", "上一年项目数量", COUNT),
                column("change", "本年增/减", SIGNED_COUNT),
                column("decisions", "处理决定数量", COUNT));
        return new TableDefinition("二", "二、主动公开政府信息情况", "s2", null, List.of(
                block("第二十条第（一）项", documents, row("regulations", "规章"), row("normativeDocuments", "规范性文件")),
                block("第二十条第（五）项", items, row("licensing", "行政许可"), row("otherServices", "其他对外管理服务事项")),
                block("第二十条第（六）项", items, row("punishment", "行政处罚"), row("coercion", "行政强制")),
                block("第二十条第（八）项", List.of(column("previousItems", "上一年项目数量", COUNT),
                        column("change", "本年增/减", SIGNED_COUNT)), row("fees", "行政事业性收费")),
                block("第二十条第（九）项", List.of(column("items", "采购项目数量", COUNT),
                        column("amount", "采购总金额", AMOUNT)), row("procurement", "政府集中采购"))));
    }

    private static TableDefinition table3(boolean trialFormat) {
        String outcome = "三、本年度办理结果";
        List<RowDefinition> rows = new ArrayList<>(List.of(
                row("received", "一、本年新收政府信息公开申请数量"),
                row("carriedOver", "二、上年结转政府信息公开申请数量"),
                row("granted", "（一）予以公开", outcome),
                row("partlyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", outcome)));
        String refused = "（三）不予公开";
        rows.add(row("refused.stateSecret", "1.属于国家秘密", outcome, refused));
        rows.add(row("refused.prohibitedByLaw", "2.其他法律行政法规禁止公开", outcome, refused));
        rows.add(row("refused.threeSecurities", "3.危及“三安全一稳定”", outcome, refused));
        rows.add(row("refused.thirdPartyRights", "4.保护第三方合法权益", outcome, refused));
        rows.add(row("refused.internalAffairs", "5.属于三类内部事务信息", outcome, refused));
        rows.add(row("refused.processInformation", "6.属于四类过程性信息", outcome, refused));
        rows.add(row("refused.enforcementFile", "7.属于行政执法案卷", outcome, refused));
        rows.add(row("refused.queryMatter", "8.属于行政查询事项", outcome, refused));
        String unable = "（四）无法提供";
        rows.add(row("unable.notHeld", "1.本机关不掌握相关政府信息", outcome, unable));
        rows.add(row("unable.needsCreation", "2.没有现成信息需要另行制作", outcome, unable));
        rows.add(row("unable.stillUnclear", "3.补正后申请内容仍不明确", outcome, unable));
        String notProcessed = "（五）不予处理";
        rows.add(row("notProcessed.petition", "1.信访举报投诉类申请", outcome, notProcessed));
        rows.add(row("notProcessed.repeated", "2.重复申请", outcome, notProcessed));
        rows.add(row("notProcessed.publication", "3.要求提供公开出版物", outcome, notProcessed));
        rows.add(row("notProcessed.excessive", "4.无正当理由大量反复申请", outcome, notProcessed));
        rows.add(row("notProcessed.confirmation", "5.要求行政机关确认或重新出具已获取信息", outcome, notProcessed));
        if (trialFormat) {
            rows.add(row("otherHandling", "（六）其他处理", outcome));
        } else {
            String otherHandling = "（六）其他处理";
            rows.add(row("otherHandling.overdueCorrection",
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", outcome, otherHandling));
            rows.add(row("otherHandling.unpaidFee",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", outcome, otherHandling));
            rows.add(row("otherHandling.other", "3.其他", outcome, otherHandling));
        }
        rows.add(row("totalHandled", "（七）总计", outcome));
        rows.add(row("carriedForward", "四、结转下年度继续办理"));

        String applicants = "申请人情况";
        String organisations = "法人或其他组织";
        List<ColumnDefinition> columns = List.of(
                new ColumnDefinition("naturalPerson", "自然人", List.of(applicants), COUNT),
                new ColumnDefinition("commercial", "商业企业", List.of(applicants, organisations), COUNT),
                new ColumnDefinition("research", "科研机构", List.of(applicants, organisations), COUNT),
                new ColumnDefinition("publicInterest", "社会公益组织", List.of(applicants, organisations), COUNT),
                new ColumnDefinition("legalService", "法律服务机构", List.of(applicants, organisations), COUNT),
                new ColumnDefinition("otherOrg", "其他", List.of(applicants, organisations), COUNT),
                new ColumnDefinition("total", "总计", List.of(applicants), COUNT));
        return new TableDefinition("三", "三、收到和处理政府信息公开申请情况", "s3",
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                List.of(new TableBlock("", "", rows, columns)));
    }

    private static TableDefinition table4() {
        String litigation = "行政诉讼";
        List<RowDefinition> groups = List.of(
                row("review", "行政复议"),
                new RowDefinition("litigationDirect", "未经复议直接起诉", List.of(litigation)),
                new RowDefinition("litigationAfterReview", "复议后起诉", List.of(litigation)));
        List<ColumnDefinition> results = List.of(
                column("upheld", "结果维持", COUNT),
                column("corrected", "结果纠正", COUNT),
                column("other", "其他结果", COUNT),
                column("pending", "尚未审结", COUNT),
                column("total", "总计", COUNT));
        return new TableDefinition("四", "四、政府信息公开行政复议、行政诉讼情况", "s4", null,
                List.of(new TableBlock("", "", groups, results)));
    }

    private static TableBlock block(String label, List<ColumnDefinition> columns, RowDefinition... rows) {
        return new TableBlock(label, "信息内容", List.of(rows), columns);
    }

    private static RowDefinition row(String id, String label, String... captions) {
        return new RowDefinition(id, label, List.of(captions));
    }

    private static ColumnDefinition column(String id, String label, ValueKind kind) {
        return new ColumnDefinition(id, label, List.of(), kind);
    }
}
