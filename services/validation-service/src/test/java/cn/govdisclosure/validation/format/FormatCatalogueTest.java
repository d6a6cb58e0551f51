package cn.govdisclosure.validation.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.govdisclosure.kernel.format.ReportFormats;
import org.junit.jupiter.api.Test;

class FormatCatalogueTest {

    private final FormatCatalogue catalogue = new FormatCatalogue();

    @Test
    void takesTheFormatOfAYearFromTheYear() {
        assertThat(catalogue.resolve(null, 2020)).isEqualTo(ReportFormats.FORMAT_2019);
        assertThat(catalogue.resolve(null, 2023)).isEqualTo(ReportFormats.FORMAT_2021);
        assertThat(catalogue.resolve("2021", 2023)).isEqualTo(ReportFormats.FORMAT_2021);
        assertThat(catalogue.resolve("2019", null)).isEqualTo(ReportFormats.FORMAT_2019);
    }

    @Test
    void refusesAYearBeforeTheTrialFormat() {
        assertThatThrownBy(() -> catalogue.resolve(null, 2018)).isInstanceOf(UnknownFormatException.class)
                .hasMessage("2018年度没有适用的报告格式（本系统受理2019年度及以后的报告）");
    }

    @Test
    void refusesAFormatThatIsNotTheFormatOfTheYear() {
        assertThatThrownBy(() -> catalogue.resolve("2019", 2023)).isInstanceOf(UnknownFormatException.class)
                .hasMessage("2023年度报告应采用2021年版格式，而非2019年版格式");
        assertThatThrownBy(() -> catalogue.resolve("1999", 2023)).isInstanceOf(UnknownFormatException.class)
                .hasMessage("未知的报告格式：1999");
    }
}
