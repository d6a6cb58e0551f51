package cn.govdisclosure.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "本机关2023年度报告", "第一段\r\n\t第二段", "𠀀𪚥😀", "<script>alert(1)</script>", "\u00a0\u3000"})
    void textAnAgencyTypesMayBeStored(String text) {
        assertThat(PlainText.problemWith(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001", "\u001b[0m", "\u007f", "\u0085", "\u000b"})
    void controlCharactersOtherThanTabsAndLineBreaksMayNot(String text) {
        assertThat(PlainText.problemWith(text)).contains("控制字符");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "x\udfff", "\ude00\ud83d", "\ud83d"})
    void unpairedSurrogatesMayNot(String text) {
        assertThat(PlainText.problemWith(text)).contains("无效的Unicode字符");
    }

    @Test
    void theRefusalNamesTheField() {
        assertThatThrownBy(() -> PlainText.require("reason", "修改原因", "录入\u0000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("reason");
                    assertThat(e.getMessage()).isEqualTo("修改原因含有不允许的控制字符 U+0000");
                });
    }
}
