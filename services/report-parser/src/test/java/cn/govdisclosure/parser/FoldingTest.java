package cn.govdisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.format.SectionDefinition;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void mapsOnlyCharactersThatOccurInTheFormatsLabels() {
        String labels = String.join("", everyLabel());
        assertThat(Folding.simplifiedCharacters().chars().mapToObj(c -> String.valueOf((char) c)))
                .allSatisfy(character -> assertThat(labels).contains(character));
    }

    @Test
    void readsEveryLabelWrittenInTraditionalCharacters() {
        Map<Character, Character> toTraditional = new HashMap<>();
        String traditional = Folding.traditionalCharacters();
        String simplified = Folding.simplifiedCharacters();
        for (int i = 0; i < traditional.length(); i++) {
            toTraditional.putIfAbsent(simplified.charAt(i), traditional.charAt(i));
        }
        for (String label : everyLabel()) {
            StringBuilder written = new StringBuilder();
            label.chars().forEach(c -> written.append(toTraditional.getOrDefault((char) c, (char) c)));
            assertThat(Folding.key(written.toString())).as(written.toString()).isEqualTo(Folding.key(label));
        }
    }

    @Test
    void ignoresBracketWidthSpacesLineBreaksQuotesAndEnumeratorStyle() {
        assertThat(Folding.key("(二) 部分公开(区分处理的,只计这一情形,不计其他情形)"))
                .isEqualTo(Folding.key("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        assertThat(Folding.key("结果\n维持")).isEqualTo(Folding.key("结果维持"));
        assertThat(Folding.key("3. 危及\"三安全一稳定\"")).isEqualTo(Folding.key("3.危及“三安全一稳定”"));
        assertThat(Folding.key("（1）属于国家秘密")).isEqualTo(Folding.key("1.属于国家秘密"));
        assertThat(Folding.key("1、属于国家秘密")).isEqualTo(Folding.key("1.属于国家秘密"));
        assertThat(Folding.key("**规章**")).isEqualTo("规章");
    }

    @Test
    void foldsFullWidthDigitsCharacterForCharacter() {
        assertThat(Folding.fold("１，２３４．５")).isEqualTo("1,234.5");
        assertThat(Folding.fold("行政許可　１２")).isEqualTo("行政许可 12");
    }

    private static List<String> everyLabel() {
        List<String> labels = new ArrayList<>();
        for (ReportFormat format : List.of(ReportFormats.FORMAT_2021, ReportFormats.FORMAT_2019)) {
            format.sections().stream().map(SectionDefinition::heading).forEach(labels::add);
            for (TableDefinition table : format.tables()) {
                labels.add(table.heading());
                table.blocks().forEach(block -> {
                    labels.add(block.label());
                    labels.add(block.stubHeading());
                    block.rows().forEach(row -> {
                        labels.add(row.label());
                        labels.addAll(row.captions());
                    });
                    block.columns().forEach(column -> {
                        labels.add(column.label());
                        labels.addAll(column.groups());
                    });
                });
            }
        }
        return labels;
    }
}
