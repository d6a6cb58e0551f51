package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.LabelMatcher.Quality.APPROXIMATE;
import static cn.govdisclosure.parser.LabelMatcher.Quality.EXACT;
import static cn.govdisclosure.parser.LabelMatcher.Quality.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    @Test
    void acceptsTheOfficialLabelHoweverItIsSpaced() {
        assertThat(compare("结果维持", "结果 维持")).isEqualTo(EXACT);
    }

    @Test
    void acceptsKnownShortenedLabelsAsApproximate() {
        assertThat(compare("行政规范性文件", "规范性文件")).isEqualTo(APPROXIMATE);
        assertThat(compare("社会公益组织", "社会公益")).isEqualTo(APPROXIMATE);
        assertThat(compare("（六）其他处理", "(六) 其他")).isEqualTo(APPROXIMATE);
        assertThat(compare("3.其他", "3. 其它")).isEqualTo(APPROXIMATE);
    }

    @Test
    void acceptsALabelWithoutItsExplanatoryParenthesis() {
        assertThat(compare("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开")).isEqualTo(APPROXIMATE);
        assertThat(compare("本年收费金额（单位：万元）", "本年收费金额")).isEqualTo(APPROXIMATE);
    }

    @Test
    void acceptsAnotherEnumeratorStyle() {
        assertThat(compare("（一）予以公开", "予以公开")).isEqualTo(APPROXIMATE);
        assertThat(compare("1.本机关不掌握相关政府信息", "(一)本机关不掌握相关政府信息")).isEqualTo(APPROXIMATE);
    }

    @Test
    void acceptsOneTypingErrorInALongLabel() {
        assertThat(compare("1.本机关不掌握相关政府信息", "1.本机关不掌握相关政府消息")).isEqualTo(APPROXIMATE);
    }

    @Test
    void keepsShortAndDifferentLabelsApart() {
        assertThat(compare("（七）总计", "总计")).isEqualTo(NONE);
        assertThat(compare("3.其他", "其他")).isEqualTo(NONE);
        assertThat(compare("本年制发件数", "本年废止件数")).isEqualTo(NONE);
        assertThat(compare("结果维持", "结果纠正")).isEqualTo(NONE);
        assertThat(compare("规章", "行政规章制度")).isEqualTo(NONE);
    }

    private static LabelMatcher.Quality compare(String official, String written) {
        return LabelMatcher.compare(Folding.key(official), Folding.key(written));
    }
}
