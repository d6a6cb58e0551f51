package cn.govdisclosure.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a Word report with Apache POI the way agencies' templates lay it out: table 三's captions merged down
 * the rows (vMerge), its labels merged across columns (gridSpan), and table 四 with three header rows.
 */
final class DocxFixtures {

    static final String AGENCY = "某某市司法局";

    private enum Merge { NONE, RESTART, CONTINUE }

    private record Cell(String text, int span, Merge merge) {
    }

    private DocxFixtures() {
    }

    /** The report: received 8/1/0/0/0/1/10, granted 5/1/0/0/0/1/7, notHeld 3, review 1/0/0/0/1, direct 0/0/1/0/1. */
    static byte[] reportWithMergedCells() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, AGENCY + "2023年政府信息公开工作年度报告");
            paragraph(document, "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日起至2023年12月31日止。");
            paragraph(document, "一、总体情况");
            paragraph(document, "2023年本局主动公开政府信息64条。");
            paragraph(document, "二、主动公开政府信息情况");
            table(document, table2());
            paragraph(document, "三、收到和处理政府信息公开申请情况");
            table(document, table3());
            paragraph(document, "四、政府信息公开行政复议、行政诉讼情况");
            table(document, table4());
            paragraph(document, "五、存在的主要问题及改进情况");
            paragraph(document, "公开内容的针对性有待加强。");
            paragraph(document, "六、其他需要报告的事项");
            paragraph(document, "本机关2023年度未收取信息处理费。");
            paragraph(document, AGENCY);
            paragraph(document, "2024年1月22日");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<Cell>> table2() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(span("第二十条第（一）项", 4)));
        rows.add(texts("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        rows.add(texts("规章", "0", "0", "0"));
        rows.add(texts("行政规范性文件", "1", "1", "6"));
        for (String[] block : new String[][] {{"第二十条第（五）项", "行政许可", "0"}, {"第二十条第（六）项", "行政处罚", "0"},
                {"第二十条第（八）项", "行政事业性收费", "0"}}) {
            rows.add(List.of(span(block[0], 4)));
            rows.add(List.of(text("信息内容"),
                    span(block[1].equals("行政事业性收费") ? "本年收费金额（单位：万元）" : "本年处理决定数量", 3)));
            rows.add(List.of(text(block[1]), span(block[2], 3)));
            if (block[1].equals("行政处罚")) {
                rows.add(List.of(text("行政强制"), span("2", 3)));
            }
        }
        return rows;
    }

    private static List<List<Cell>> table3() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, Merge.RESTART),
                span("申请人情况", 7)));
        rows.add(List.of(new Cell("", 3, Merge.CONTINUE), new Cell("自然人", 1, Merge.RESTART),
                span("法人或其他组织", 5), new Cell("总计", 1, Merge.RESTART)));
        List<Cell> third = new ArrayList<>(List.of(new Cell("", 3, Merge.CONTINUE), new Cell("", 1, Merge.CONTINUE)));
        third.addAll(texts("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        third.add(new Cell("", 1, Merge.CONTINUE));
        rows.add(third);
        rows.add(values(List.of(span("一、本年新收政府信息公开申请数量", 3)), "8", "1", "0", "0", "0", "1", "10"));
        rows.add(values(List.of(span("二、上年结转政府信息公开申请数量", 3)), zeros()));
        rows.add(values(List.of(new Cell("三、本年度办理结果", 1, Merge.RESTART), span("（一）予以公开", 2)),
                "5", "1", "0", "0", "0", "1", "7"));
        rows.add(values(List.of(continued(), span("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2)), zeros()));
        caption(rows, "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项");
        caption(rows, "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
        caption(rows, "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息");
        caption(rows, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
        rows.add(values(List.of(continued(), span("（七）总计", 2)), "8", "1", "0", "0", "0", "1", "10"));
        rows.add(values(List.of(span("四、结转下年度继续办理", 3)), zeros()));
        return rows;
    }

    private static void caption(List<List<Cell>> rows, String caption, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            Cell captionCell = i == 0 ? new Cell(caption, 1, Merge.RESTART) : continued();
            String[] figures = labels[i].equals("1.本机关不掌握相关政府信息")
                    ? new String[] {"3", "0", "0", "0", "0", "0", "3"} : zeros();
            rows.add(values(List.of(continued(), captionCell, text(labels[i])), figures));
        }
    }

    private static List<List<Cell>> table4() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(span("行政复议", 5), span("行政诉讼", 10)));
        List<Cell> second = new ArrayList<>();
        for (String result : new String[] {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
            second.add(new Cell(result, 1, Merge.RESTART));
        }
        second.add(span("未经复议直接起诉", 5));
        second.add(span("复议后起诉", 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            third.add(continued());
        }
        for (int i = 0; i < 2; i++) {
            third.addAll(texts("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        }
        rows.add(third);
        rows.add(texts("1", "0", "0", "0", "1", "0", "0", "1", "0", "1", "0", "0", "0", "0", "0"));
        return rows;
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    private static void table(XWPFDocument document, List<List<Cell>> rows) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        for (List<Cell> cells : rows) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            for (Cell cell : cells) {
                XWPFTableCell tableCell = row.addNewTableCell();
                if (!cell.text().isEmpty()) {
                    tableCell.setText(cell.text());
                }
                CTTcPr properties = tableCell.getCTTc().isSetTcPr()
                        ? tableCell.getCTTc().getTcPr() : tableCell.getCTTc().addNewTcPr();
                if (cell.span() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
                }
                if (cell.merge() == Merge.RESTART) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                } else if (cell.merge() == Merge.CONTINUE) {
                    properties.addNewVMerge();
                }
            }
        }
    }

    private static List<Cell> values(List<Cell> labels, String... figures) {
        List<Cell> cells = new ArrayList<>(labels);
        cells.addAll(texts(figures));
        return cells;
    }

    private static String[] zeros() {
        return new String[] {"0", "0", "0", "0", "0", "0", "0"};
    }

    private static List<Cell> texts(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(text(text));
        }
        return cells;
    }

    private static Cell text(String text) {
        return new Cell(text, 1, Merge.NONE);
    }

    private static Cell span(String text, int columns) {
        return new Cell(text, columns, Merge.NONE);
    }

    private static Cell continued() {
        return new Cell("", 1, Merge.CONTINUE);
    }
}
