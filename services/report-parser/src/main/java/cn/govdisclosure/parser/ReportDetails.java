package cn.govdisclosure.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's year, agency and date, and where its title and closing signature stand (the narrative parts are
 * read between them). The title names agency and year in any order (泽州县人力资源和社会保障局2023年政府信息公开
 * 工作年度报告, 2023年泽州县…政府信息公开工作年度报告); the signature closes the report with the agency's name
 * over a date line, in Arabic or Chinese numerals (二〇二四年一月二十四日).
 */
record ReportDetails(Integer reportYear, String agencyName, LocalDate date, int titleRow, int signatureRow) {

    /** The title is looked for among the first rows only: it comes before the first part. */
    private static final int TITLE_SEARCH_ROWS = 15;
    private static final int MAXIMUM_TITLE_LENGTH = 80;
    private static final int MAXIMUM_AGENCY_LENGTH = 40;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度?");
    private static final Pattern PERIOD_START = Pattern.compile("(\\d{4})年1月1日");
    private static final Pattern REPORT_WORDS = Pattern.compile("政府信息公开.*(年度报告|年报|工作报告)");
    private static final Pattern DATE_LINE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMERIC_DATE_LINE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("[〇零○Ｏ一二三四五六七八九十]+(?=\\s*[年月日])");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;：:！!？?]");
    private static final Pattern AGENCY_DECORATION = Pattern.compile("^(关于)|[《》“”\"]|[（(]\\s*$");
    private static final String DIGITS = "〇一二三四五六七八九";

    static ReportDetails find(List<SourceRow> rows, Notes notes) {
        int titleRow = titleRow(rows);
        int dateRow = dateRow(rows, titleRow);
        LocalDate date = dateRow < 0 ? null : dateOf(rows.get(dateRow).singleText());
        Integer year = titleRow < 0 ? null : yearOf(Folding.fold(rows.get(titleRow).singleText()));
        if (year == null) {
            year = yearFromPeriod(rows);
        }
        String agency = titleRow < 0 ? null : agencyFromTitle(rows, titleRow);
        int signatureRow = dateRow < 0 ? rows.size() : dateRow;
        if (dateRow > 0 && isAgencyLine(rows.get(dateRow - 1))) {
            signatureRow = dateRow - 1;
            if (agency == null) {
                agency = rows.get(dateRow - 1).singleText();
            }
        }
        if (year == null) {
            notes.add(ParseNote.Kind.DETAIL_NOT_FOUND, "reportYear", "未在标题或统计期限中找到报告年度，请补填。",
                    Location.UNKNOWN);
        }
        if (agency == null) {
            notes.add(ParseNote.Kind.DETAIL_NOT_FOUND, "agencyName", "未在标题或落款中找到机关名称，请补填。",
                    Location.UNKNOWN);
        }
        if (date == null) {
            notes.add(ParseNote.Kind.DETAIL_NOT_FOUND, "date", "未在落款中找到成文日期，请补填。", Location.UNKNOWN);
        }
        return new ReportDetails(year, agency, date, titleRow, signatureRow);
    }

    private static int titleRow(List<SourceRow> rows) {
        for (int i = 0; i < Math.min(rows.size(), TITLE_SEARCH_ROWS); i++) {
            String text = rows.get(i).singleText();
            if (text == null || text.length() > MAXIMUM_TITLE_LENGTH) {
                continue;
            }
            String key = Folding.key(text);
            if (REPORT_WORDS.matcher(key).find() && yearOf(Folding.fold(text)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static Integer yearOf(String foldedText) {
        Matcher year = YEAR.matcher(withArabicNumbers(foldedText));
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    private static Integer yearFromPeriod(List<SourceRow> rows) {
        for (SourceRow row : rows.subList(0, Math.min(rows.size(), TITLE_SEARCH_ROWS))) {
            Matcher start = PERIOD_START.matcher(Folding.key(row.cells().get(0).text()));
            if (!row.tabular() && start.find()) {
                return Integer.valueOf(start.group(1));
            }
        }
        return null;
    }

    /**
     * The agency is the title without the year and the report words: before the year when the title starts with
     * the agency, else between the year and 政府信息公开. Cut from the original text, as the agency writes its name.
     */
    private static String agencyFromTitle(List<SourceRow> rows, int titleRow) {
        String title = rows.get(titleRow).singleText();
        String folded = withArabicNumbers(Folding.fold(title));
        Matcher year = YEAR.matcher(folded);
        if (!year.find()) {
            return null;
        }
        String before = cleanAgency(title.substring(0, year.start()));
        if (!before.isEmpty()) {
            return before;
        }
        int reportWords = folded.indexOf("政府信息公开", year.end());
        String between = reportWords < 0 ? "" : cleanAgency(title.substring(year.end(), reportWords));
        if (!between.isEmpty()) {
            return between;
        }
        if (titleRow > 0 && isAgencyLine(rows.get(titleRow - 1))) {
            return rows.get(titleRow - 1).singleText();
        }
        return null;
    }

    private static String cleanAgency(String text) {
        return AGENCY_DECORATION.matcher(text.strip()).replaceAll("").strip();
    }

    private static boolean isAgencyLine(SourceRow row) {
        String text = row.singleText();
        return !row.tabular() && text != null && !text.isEmpty() && text.length() <= MAXIMUM_AGENCY_LENGTH
                && !SENTENCE_PUNCTUATION.matcher(text).find() && dateOf(text) == null
                && !LabelMatcher.hasEnumerator(Folding.key(text)) && !text.chars().anyMatch(Character::isDigit);
    }

    /** The signature's date: the last line that is a date and nothing else. */
    private static int dateRow(List<SourceRow> rows, int titleRow) {
        for (int i = rows.size() - 1; i > titleRow; i--) {
            SourceRow row = rows.get(i);
            if (!row.tabular() && dateOf(row.singleText()) != null) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate dateOf(String text) {
        if (text == null) {
            return null;
        }
        String folded = withArabicNumbers(Folding.fold(text)).strip();
        Matcher date = DATE_LINE.matcher(folded);
        if (!date.matches()) {
            date = NUMERIC_DATE_LINE.matcher(folded);
            if (!date.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** 二〇二四年一月二十四日 → 2024年1月24日: digit by digit for years, with 十 for months and days. */
    static String withArabicNumbers(String text) {
        Matcher number = CHINESE_NUMBER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(result, String.valueOf(chineseNumber(number.group())));
        }
        number.appendTail(result);
        return result.toString();
    }

    private static long chineseNumber(String numerals) {
        String digits = numerals.replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇');
        int ten = digits.indexOf('十');
        if (ten < 0) {
            long value = 0;
            for (char c : digits.toCharArray()) {
                value = value * 10 + DIGITS.indexOf(c);
            }
            return value;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(digits.charAt(ten - 1));
        int units = ten == digits.length() - 1 ? 0 : DIGITS.indexOf(digits.charAt(ten + 1));
        return tens * 10L + units;
    }
}
