package cn.govdisclosure.publication.web;

import cn.govdisclosure.publication.query.FindPublishedReportQuery;

/** How a missing publication is explained to readers, the same in JSON and on the portal. */
public final class NotFound {

    private NotFound() {
    }

    public static String describe(FindPublishedReportQuery query) {
        String report = "统一社会信用代码为" + query.creditCode() + "的机关" + query.year() + "年度的政府信息公开工作年度报告";
        return query.version() == null ? "尚未公开" + report : report + "没有第" + query.version() + "版";
    }
}
