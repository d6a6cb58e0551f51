package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the cells of one table block from the rows under its table's heading. Rows are found by their labels
 * ({@link LabelFinder}; never by position, since rows go missing and move), and a row's values are the cells after
 * its label, in the order of the block's columns. A block whose row labels stand as column groups over one row of
 * figures (table 四 as the format prints it) is read across that row instead.
 */
final class BlockReader {

    private final ReportFormat format;
    private final TableDefinition table;
    private final TableBlock block;
    private final List<SourceRow> rows;
    private final Location near;
    private final Notes notes;
    private final Map<String, FoundCell> found;

    BlockReader(ReportFormat format, TableDefinition table, TableBlock block, List<SourceRow> rows, Location near,
                Notes notes, Map<String, FoundCell> found) {
        this.format = format;
        this.table = table;
        this.block = block;
        this.rows = rows;
        this.near = near;
        this.notes = notes;
        this.found = found;
    }

    void read() {
        LabelFinder labels = new LabelFinder(format, table, block, rows, near, notes);
        labels.checkColumnHeadings();
        Map<RowDefinition, RowCandidate> matched = labels.findRows();
        boolean anyFigures = matched.values().stream().anyMatch(RowCandidate::hasFigures);
        if (!anyFigures && block.rows().size() > 1 && matched.size() == block.rows().size()
                && readAcross(matched)) {
            return;
        }
        Map<RowDefinition, Integer> firstValueColumns = new HashMap<>();
        for (RowDefinition row : block.rows()) {
            RowCandidate candidate = matched.get(row);
            if (candidate == null) {
                block.columns().forEach(column -> notes.cellNotFound(cell(row, column), near));
            } else {
                readRow(row, candidate).ifPresent(column -> firstValueColumns.put(row, column));
            }
        }
        reportShiftedRows(firstValueColumns, matched);
    }

    /** Reads a row's values into its cells; the grid column of its first value, for spotting shifted rows. */
    private Optional<Integer> readRow(RowDefinition row, RowCandidate candidate) {
        List<ColumnDefinition> columns = block.columns();
        if (!candidate.hasValues()) {
            if (candidate.values().stream().allMatch(Token::isEmpty)) {
                columns.forEach(column -> notes.blankCell(cell(row, column), "", candidate.location()));
            } else {
                columns.forEach(column -> notes.ambiguous(cell(row, column), joined(candidate.values()),
                        "不是数值", candidate.location()));
            }
            return Optional.empty();
        }
        List<Token> tokens = trimEdges(candidate.values(), columns.size());
        List<CellDefinition> cells = columns.stream().map(column -> cell(row, column)).toList();
        if (tokens.size() == columns.size()) {
            for (int i = 0; i < tokens.size(); i++) {
                put(cells.get(i), tokens.get(i));
            }
            return Optional.of(tokens.get(0).location().column());
        }
        if (tokens.stream().allMatch(Token::isEmpty)) {
            cells.forEach(cell -> notes.blankCell(cell, "", candidate.location()));
            return Optional.empty();
        }
        readDigitRuns(cells, tokens, sumRules(0), rowSubject(row));
        return Optional.empty();
    }

    /**
     * Reads a block printed across: its row labels head groups of columns and one row below holds every figure,
     * group after group (table 四: 行政复议, then 行政诉讼's 未经复议直接起诉 and 复议后起诉). The groups must stand
     * in the format's order, or the figures cannot be told apart.
     */
    private boolean readAcross(Map<RowDefinition, RowCandidate> headers) {
        int lastHeader = headers.values().stream().mapToInt(RowCandidate::rowIndex).max().orElse(-1);
        Optional<Integer> figures = firstRowOfFiguresAfter(lastHeader);
        if (figures.isEmpty()) {
            return false;
        }
        List<CellDefinition> cells = new ArrayList<>();
        for (RowDefinition row : block.rows()) {
            block.columns().forEach(column -> cells.add(cell(row, column)));
        }
        List<Token> tokens = trimEdges(Token.of(rows.get(figures.get()).cells()), cells.size());
        if (!groupsInFormatOrder(headers)) {
            cells.forEach(cell -> notes.ambiguous(cell, joined(tokens), "所在表头各组的顺序与格式不同，无法确定对应关系",
                    rows.get(figures.get()).location()));
            return true;
        }
        if (tokens.size() == cells.size()) {
            for (int i = 0; i < tokens.size(); i++) {
                put(cells.get(i), tokens.get(i));
            }
            return true;
        }
        List<DigitRunDecoder.SumRule> rules = new ArrayList<>();
        for (int group = 0; group < block.rows().size(); group++) {
            rules.addAll(sumRules(group * block.columns().size()));
        }
        readDigitRuns(cells, tokens, rules, table.cellPrefix());
        return true;
    }

    private Optional<Integer> firstRowOfFiguresAfter(int header) {
        for (int r = header + 1; r < rows.size(); r++) {
            List<Token> tokens = Token.of(rows.get(r).cells());
            boolean figuresOnly = tokens.stream().allMatch(token -> token.isEmpty()
                    || ValueReader.isValueToken(token.text()));
            if (figuresOnly && tokens.stream().anyMatch(token -> ValueReader.hasDigits(token.text()))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private boolean groupsInFormatOrder(Map<RowDefinition, RowCandidate> headers) {
        List<RowDefinition> order = block.rows();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                RowCandidate earlier = headers.get(order.get(i));
                RowCandidate later = headers.get(order.get(j));
                if (earlier.rowIndex() == later.rowIndex() && earlier.order() > later.order()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Drops the empty cells a text copy leaves around a row's figures (the merged label's second column, the
     * trailing tab) while there are more cells than columns: trailing first, then leading.
     */
    private static List<Token> trimEdges(List<Token> tokens, int columns) {
        List<Token> trimmed = new ArrayList<>(tokens);
        while (trimmed.size() > columns && trimmed.get(trimmed.size() - 1).isEmpty()) {
            trimmed.remove(trimmed.size() - 1);
        }
        while (trimmed.size() > columns && trimmed.get(0).isEmpty()) {
            trimmed.remove(0);
        }
        return trimmed;
    }

    /** Figures whose borders were lost: decoded when the sum rules allow one reading only, else left empty. */
    private void readDigitRuns(List<CellDefinition> cells, List<Token> tokens, List<DigitRunDecoder.SumRule> rules,
                               String subject) {
        List<Token> written = tokens.stream().filter(token -> !token.isEmpty()).toList();
        String source = written.stream().map(Token::written).collect(Collectors.joining(" "));
        Location location = written.isEmpty() ? near : written.get(0).location();
        Optional<List<BigDecimal>> decoded = written.size() < cells.size()
                ? DigitRunDecoder.decode(written.stream().map(Token::text).toList(), cells.size(), rules)
                : Optional.empty();
        if (decoded.isEmpty()) {
            boolean runTogether = written.size() < cells.size()
                    && written.stream().allMatch(token -> ValueReader.isDigits(token.text()));
            String reason = !runTogether
                    ? "共有" + written.size() + "个数值，应为" + cells.size() + "栏，无法确定各栏对应关系"
                    : rules.isEmpty() ? "中各栏数字连在一起，该栏目没有“总计等于各项之和”的关系可据以拆分"
                    : "中各栏数字连在一起，按“总计等于各项之和”不能唯一拆分";
            cells.forEach(cell -> notes.ambiguous(cell, source, reason, location));
            return;
        }
        String values = decoded.get().stream().map(BigDecimal::toPlainString).collect(Collectors.joining("、"));
        for (int i = 0; i < cells.size(); i++) {
            CellDefinition cell = cells.get(i);
            found.put(cell.id(), new FoundCell(cell.kind().normalize(decoded.get().get(i)), source, location));
        }
        notes.add(ParseNote.Kind.VALUE_INTERPRETED, subject, "原文“" + source
                + "”中各栏数字连在一起，按“总计等于各项之和”只有一种拆分：" + values + "，已按此读取，请核对。", location);
    }

    /** T3-3 and T4-1 as the format lays them out: a block's total column is the sum of its other columns. */
    private List<DigitRunDecoder.SumRule> sumRules(int offset) {
        List<ColumnDefinition> columns = block.columns();
        List<Integer> parts = new ArrayList<>();
        int total = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals("total")) {
                total = offset + i;
            } else {
                parts.add(offset + i);
            }
        }
        return total < 0 ? List.of() : List.of(new DigitRunDecoder.SumRule(total, parts));
    }

    private void put(CellDefinition cell, Token token) {
        ValueReader.Reading reading = ValueReader.read(token.text(), cell.kind());
        switch (reading.outcome()) {
            case VALUE -> {
                found.put(cell.id(), new FoundCell(reading.value(), token.written(), token.location()));
                if (reading.explanation() != null) {
                    notes.interpreted(cell, token.written(), reading.explanation(), token.location());
                }
            }
            case BLANK -> notes.blankCell(cell, token.written(), token.location());
            case UNREADABLE -> notes.ambiguous(cell, token.written(), reading.explanation(), token.location());
        }
    }

    /**
     * A row whose figures start in another column than most rows under the same captions has slipped sideways
     * (the example's 3.其他 of （六）其他处理). Its values were read by label, so they stand; the agency is told.
     */
    private void reportShiftedRows(Map<RowDefinition, Integer> firstValueColumns,
                                   Map<RowDefinition, RowCandidate> matched) {
        Map<List<String>, List<RowDefinition>> siblings = block.rows().stream()
                .filter(firstValueColumns::containsKey)
                .filter(row -> rows.get(matched.get(row).rowIndex()).tabular())
                .collect(Collectors.groupingBy(RowDefinition::captions));
        for (List<RowDefinition> group : siblings.values()) {
            Optional<Integer> usual = group.stream()
                    .collect(Collectors.groupingBy(firstValueColumns::get, Collectors.counting()))
                    .entrySet().stream().filter(count -> count.getValue() * 2 > group.size())
                    .map(Map.Entry::getKey).findFirst();
            if (usual.isEmpty()) {
                continue;
            }
            for (RowDefinition row : group) {
                int shift = firstValueColumns.get(row) - usual.get();
                if (shift != 0) {
                    notes.add(ParseNote.Kind.ROW_SHIFTED, rowSubject(row), "原文「" + Notes.name(row) + "」一行比同组各行向"
                            + (shift < 0 ? "左" : "右") + "错位" + Math.abs(shift) + "列，已按行标签读取其数值，请核对。",
                            matched.get(row).location());
                }
            }
        }
    }

    private CellDefinition cell(RowDefinition row, ColumnDefinition column) {
        String id = table.cellPrefix() + "." + row.id() + "." + column.id();
        return format.cell(id).orElseThrow(() -> new IllegalStateException("No cell " + id));
    }

    private String rowSubject(RowDefinition row) {
        return table.cellPrefix() + "." + row.id() + ".*";
    }

    private static String joined(List<Token> tokens) {
        return tokens.stream().map(Token::written).filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
    }
}
