package cn.govdisclosure.parser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the PDF fixture {@code fixtures/page-breaks.pdf}: a report whose table 三 is cut by a page break, with a
 * running header and "第 N 页 共 M 页" footers on every page, as word processors print them, and one long row label
 * wrapped onto a second line. Build machines have no Chinese font, so the PDF is generated once with a subset of
 * one embedded and committed. To regenerate it, install the Debian package fonts-wqy-microhei and run this main
 * with the font and the output file: {@code /usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
 * {@code src/test/resources/fixtures/page-breaks.pdf}.
 */
public final class PdfFixtureGenerator {

    static final String AGENCY = "某某县财政局";
    private static final float TOP = 790;
    private static final float BOTTOM = 70;
    private static final float LEFT = 50;
    private static final float FIRST_VALUE_X = 330;
    private static final float VALUE_STEP = 34;

    private final PDDocument document;
    private final PDType0Font font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    private PdfFixtureGenerator(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    public static void main(String[] args) throws IOException {
        Path fontFile = Path.of(args[0]);
        Path output = Path.of(args[1]);
        try (PDDocument document = new PDDocument();
             TrueTypeCollection collection = new TrueTypeCollection(new File(fontFile.toString()))) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            PDType0Font font = PDType0Font.load(document, first[0], true);
            PdfFixtureGenerator generator = new PdfFixtureGenerator(document, font);
            generator.writeReport();
            generator.finish();
            document.save(output.toFile());
        }
    }

    private void writeReport() throws IOException {
        newPage();
        text(14, AGENCY + "2022年政府信息公开工作年度报告");
        text(10, "本报告根据《中华人民共和国政府信息公开条例》第五十条编制，统计期限自2022年1月1日起至2022年12月31日止。");
        text(12, "一、总体情况");
        text(10, "2022年，本局主动公开政府信息95条，收到政府信息公开申请7件。");
        text(12, "二、主动公开政府信息情况");
        text(10, "第二十条第（一）项");
        row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        row("规章", "0", "0", "0");
        row("行政规范性文件", "2", "0", "11");
        text(10, "第二十条第（五）项");
        row("信息内容", "本年处理决定数量");
        row("行政许可", "0");
        text(10, "第二十条第（六）项");
        row("信息内容", "本年处理决定数量");
        row("行政处罚", "3");
        row("行政强制", "0");
        text(10, "第二十条第（八）项");
        row("信息内容", "本年收费金额（单位：万元）");
        row("行政事业性收费", "0.56");
        text(12, "三、收到和处理政府信息公开申请情况");
        row("", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        row("一、本年新收政府信息公开申请数量", "6", "1", "0", "0", "0", "0", "7");
        row("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0");
        row("三、本年度办理结果 （一）予以公开", "4", "1", "0", "0", "0", "0", "5");
        row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0", "0", "0", "0", "0", "0", "0");
        row("（三）不予公开 1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0");
        row("2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0");
        row("3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0");
        row("4.保护第三方合法权益", "0", "0", "0", "0", "0", "0", "0");
        row("5.属于三类内部事务信息", "0", "0", "0", "0", "0", "0", "0");
        newPage();
        row("6.属于四类过程性信息", "0", "0", "0", "0", "0", "0", "0");
        row("7.属于行政执法案卷", "0", "0", "0", "0", "0", "0", "0");
        row("8.属于行政查询事项", "0", "0", "0", "0", "0", "0", "0");
        row("（四）无法提供 1.本机关不掌握相关政府信息", "2", "0", "0", "0", "0", "0", "2");
        row("2.没有现成信息需要另行制作", "0", "0", "0", "0", "0", "0", "0");
        row("3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0");
        row("（五）不予处理 1.信访举报投诉类申请", "0", "0", "0", "0", "0", "0", "0");
        row("2.重复申请", "0", "0", "0", "0", "0", "0", "0");
        row("3.要求提供公开出版物", "0", "0", "0", "0", "0", "0", "0");
        row("4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0");
        row("5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0");
        row("（六）其他处理 1.申请人无正当理由逾期不补正、", "0", "0", "0", "0", "0", "0", "0");
        text(9, "行政机关不再处理其政府信息公开申请");
        row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0",
                "0");
        row("3.其他", "0", "0", "0", "0", "0", "0", "0");
        row("（七）总计", "6", "1", "0", "0", "0", "0", "7");
        row("四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0");
        text(12, "四、政府信息公开行政复议、行政诉讼情况");
        text(9, "行政复议                                   行政诉讼");
        text(9, "                              未经复议直接起诉              复议后起诉");
        text(9, "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计");
        text(9, "0   1   0   0   1   0   0   0   0   0   0   0   0   0   0");
        newPage();
        text(12, "五、存在的主要问题及改进情况");
        text(10, "一是信息发布的及时性有待提高；二是政策解读方式需要丰富。");
        text(12, "六、其他需要报告的事项");
        text(10, "本机关2022年度未收取信息处理费。");
        text(10, AGENCY);
        text(10, "2023年1月16日");
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
        if (pages.size() > 1) {
            show(8, LEFT, TOP + 20, AGENCY + "政府信息公开工作年度报告");
        }
    }

    /** Page footers are written last, when the number of pages is known. */
    private void finish() throws IOException {
        content.close();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content = footer;
                show(8, 260, BOTTOM - 30, "第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
            }
        }
    }

    private void text(float size, String text) throws IOException {
        show(size, LEFT, y, text);
        y -= size + 8;
    }

    private void row(String label, String... values) throws IOException {
        show(8, LEFT, y, label);
        for (int i = 0; i < values.length; i++) {
            show(8, FIRST_VALUE_X + i * VALUE_STEP, y, values[i]);
        }
        y -= 15;
    }

    private void show(float size, float x, float atY, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }
}
