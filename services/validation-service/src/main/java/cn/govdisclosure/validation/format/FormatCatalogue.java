package cn.govdisclosure.validation.format;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.rules.RuleSet;
import org.springframework.stereotype.Component;

/** The national formats this service checks against, looked up by the id a report names or by its year. */
@Component
public class FormatCatalogue {

    public ReportFormat require(String formatId) {
        return ReportFormats.byId(formatId).orElseThrow(() -> UnknownFormatException.withId(formatId));
    }

    /** The format prescribed for a report year (2019 and 2020: the trial format; from 2021: the 2021 format). */
    public ReportFormat forYear(int year) {
        return ReportFormats.forYear(year).orElseThrow(() -> UnknownFormatException.forYear(year));
    }

    /**
     * The format of a report for which a form names the format, the year or both. Both must agree, as they do for
     * every report the submission service creates: it takes the format from the year.
     */
    public ReportFormat resolve(String formatId, Integer year) {
        if (year == null) {
            return require(formatId);
        }
        ReportFormat prescribed = forYear(year);
        if (formatId != null && !formatId.equals(prescribed.id())) {
            require(formatId); // an id that names no format at all is answered as such
            throw UnknownFormatException.notForYear(formatId, year, prescribed);
        }
        return prescribed;
    }

    public FormatDescription describe(String formatId) {
        return FormatDescription.of(require(formatId), RuleSet.rules());
    }
}
