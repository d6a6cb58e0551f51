package cn.govdisclosure.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StandaloneSettingsTest {

    @Test
    void withoutArgumentsTheServicesShareOneJvmOnTheDefaultPorts() {
        StandaloneSettings settings = StandaloneSettings.fromArguments("--demo");

        assertThat(settings).isEqualTo(StandaloneSettings.DEFAULTS);
        assertThat(settings.processPerService()).isFalse();
        assertThat(settings.submissionUrl()).isEqualTo("http://localhost:8081");
    }

    @Test
    void readsTheDataDirectoryThePortsAndAJvmPerService() {
        StandaloneSettings settings = StandaloneSettings.fromArguments("--data-dir=/srv/reports",
                "--postgres-port=5433", "--kafka-port=9093", "--submission-port=9081", "--validation-port=9082", "--publication-port=9083",
                "--process-per-service", "--service-heap=768m");

        assertThat(settings).isEqualTo(new StandaloneSettings(Path.of("/srv/reports"), 5433, 9093, 9081, 9082, 9083,
                true, "768m"));
    }

    @Test
    void refusesWhatIsNotAPortOrAHeapSize() {
        assertThatThrownBy(() -> StandaloneSettings.fromArguments("--kafka-port=70000"))
                .hasMessage("Not a port: --kafka-port=70000");
        assertThatThrownBy(() -> StandaloneSettings.fromArguments("--submission-port=eighty"))
                .hasMessage("Not a port: --submission-port=eighty");
        assertThatThrownBy(() -> StandaloneSettings.fromArguments("--process-per-service", "--service-heap=lots"))
                .hasMessage("Not a heap size such as 512m: lots");
    }
}
