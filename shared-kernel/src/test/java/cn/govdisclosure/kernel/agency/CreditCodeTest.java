package cn.govdisclosure.kernel.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.govdisclosure.kernel.KernelFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE})
    void acceptsCodesWithTheirGb32100CheckCharacter(String code) {
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void refusesAWrongCheckCharacterNamingTheExpectedOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreditCode("91350100M000100Y44"))
                .withMessage("统一社会信用代码校验位错误：应为3，实为4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y431", "91350100I000100Y43", "9135010om000100Y43"})
    void refusesCodesOfTheWrongLengthOrAlphabet(String code) {
        assertThat(CreditCode.problemWith(code)).isNotNull();
    }

    @Test
    void exposesTheRegionItWasIssuedIn() {
        assertThat(new CreditCode(KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE).regionPart()).isEqualTo("140525");
    }
}
