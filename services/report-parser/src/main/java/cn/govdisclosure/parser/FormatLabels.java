package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every label the kernel's format definition prints in its tables, as {@link Folding#key keys}: row labels and
 * captions, column labels and groups, block labels and stub headings, table headings and notes. The parser knows
 * no label of its own; whatever it needs to recognise a table is drawn from here.
 */
final class FormatLabels {

    private static final Map<String, Set<String>> KEYS_BY_FORMAT = Map.of(
            ReportFormats.FORMAT_2021.id(), collect(ReportFormats.FORMAT_2021),
            ReportFormats.FORMAT_2019.id(), collect(ReportFormats.FORMAT_2019));

    private static final Set<String> ALL_KEYS = Collections.unmodifiableSet(KEYS_BY_FORMAT.values().stream()
            .flatMap(Set::stream).collect(Collectors.<String, Set<String>>toCollection(LinkedHashSet::new)));

    private FormatLabels() {
    }

    static Set<String> keys(ReportFormat format) {
        return KEYS_BY_FORMAT.get(format.id());
    }

    /** The labels of both formats, for telling table text from headings before the format is known. */
    static Set<String> allKeys() {
        return ALL_KEYS;
    }

    /** Labels that only {@code format} prints, which make a document's format recognisable. */
    static Set<String> distinctive(ReportFormat format, ReportFormat other) {
        Set<String> keys = new LinkedHashSet<>(keys(format));
        keys.removeAll(keys(other));
        return keys;
    }

    /** True when the key is, or begins, or is begun by, a label printed inside a table. */
    static boolean isTableText(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (String label : ALL_KEYS) {
            if (label.equals(key) || (key.length() >= 4 && label.startsWith(key))
                    || (label.length() >= 4 && key.startsWith(label))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> collect(ReportFormat format) {
        Set<String> keys = new LinkedHashSet<>();
        for (TableDefinition table : format.tables()) {
            keys.add(Folding.key(table.heading()));
            if (table.note() != null) {
                keys.add(Folding.key(table.note()));
            }
            for (TableBlock block : table.blocks()) {
                addKey(keys, block.label());
                addKey(keys, block.stubHeading());
                for (RowDefinition row : block.rows()) {
                    addKey(keys, row.label());
                    row.captions().forEach(caption -> addKey(keys, caption));
                }
                for (ColumnDefinition column : block.columns()) {
                    addKey(keys, column.label());
                    column.groups().forEach(group -> addKey(keys, group));
                }
            }
        }
        keys.removeIf(String::isEmpty);
        return Collections.unmodifiableSet(keys);
    }

    private static void addKey(Set<String> keys, String label) {
        keys.add(Folding.key(label));
    }
}
