package cn.govdisclosure.validation.history;

/** A loaded report would replace a published one; the published version stands. */
public class PublishedReportKnownException extends RuntimeException {

    PublishedReportKnownException(KnownReport published) {
        super(published.year() + "年度报告已于本系统发布（第" + published.version() + "版），不能以导入的报告替换");
    }
}
