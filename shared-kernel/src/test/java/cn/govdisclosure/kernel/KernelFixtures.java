package cn.govdisclosure.kernel;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Reports and agencies that tests across the system share. */
public final class KernelFixtures {

    /** A valid 统一社会信用代码 of a county bureau in 泽州县 (region 140525); fictional. */
    public static final String ZEZHOU_HRSS_CREDIT_CODE = "11140525001234567U";
    public static final String ZEZHOU_REGION_CODE = "140525";
    public static final String ZEZHOU_HRSS_NAME = "泽州县人力资源和社会保障局";

    private KernelFixtures() {
    }

    /** The figures of the example report (泽州县人社局 2023), with 行政强制 supplied as 0. */
    public static Map<String, BigDecimal> zezhouFigures2023(ReportFormat format) {
        Map<String, BigDecimal> figures = new HashMap<>();
        format.cells().keySet().forEach(cellId -> figures.put(cellId, BigDecimal.ZERO));
        figures.put("s2.normativeDocuments.issued", BigDecimal.ONE);
        figures.put("s2.normativeDocuments.inForce", BigDecimal.ONE);
        put(figures, "s4.review", 1, 1, 0, 0, 2);
        put(figures, "s4.litigationDirect", 9, 4, 0, 4, 17);
        return figures;
    }

    /** The example report's figures, without narrative parts. */
    public static ReportContent zezhouContent2023(ReportFormat format) {
        return new ReportContent(zezhouFigures2023(format), Map.of());
    }

    /** The example report's figures and an abridged version of its narrative parts. */
    public static ReportContent zezhouReport2023(ReportFormat format) {
        return new ReportContent(zezhouFigures2023(format), zezhouSections2023());
    }

    public static Map<String, String> zezhouSections2023() {
        return Map.of(
                "preamble", "我局的政府信息公开工作本年度报告中所有数据的统计期限自2023年1月1日起至2023年12月31日止。",
                "overview", "（一）主动公开方面\n2023年度公开政府信息120条。\n（二）依申请公开方面\n2023年度我局未收到依申请公开。",
                "problems", "一是政府信息公开工作还比较薄弱；二是信息公开工作机制还不够完善。",
                "other", "本机关2023年度未收取政府信息公开信息处理费。");
    }

    private static void put(Map<String, BigDecimal> figures, String group, int... values) {
        String[] columns = {"upheld", "corrected", "other", "pending", "total"};
        for (int i = 0; i < columns.length; i++) {
            figures.put(group + "." + columns[i], BigDecimal.valueOf(values[i]));
        }
    }
}
