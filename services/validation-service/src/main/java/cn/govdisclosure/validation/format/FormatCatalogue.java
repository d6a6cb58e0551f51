package cn.govdisclosure.validation.format;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.rules.RuleSet;
import org.springframework.stereotype.Component;

/** The national formats this service checks against, looked up by the id a submission names. */
@Component
public class FormatCatalogue {

    public ReportFormat require(String formatId) {
        return ReportFormats.byId(formatId).orElseThrow(() -> new UnknownFormatException(formatId));
    }

    public FormatDescription describe(String formatId) {
        return FormatDescription.of(require(formatId), RuleSet.rules());
    }
}
