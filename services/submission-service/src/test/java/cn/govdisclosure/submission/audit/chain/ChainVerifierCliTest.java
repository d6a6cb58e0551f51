package cn.govdisclosure.submission.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChainVerifierCliTest {

    @Test
    void withoutUrlAndUserItExplainsItsUsageAndExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ChainVerifierCli.run(new String[] {"--report=x"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), null);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ChainVerifierCli --url=");
    }

    @Test
    void anUnreachableDatabaseExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ChainVerifierCli.run(new String[] {"--url=jdbc:postgresql://127.0.0.1:1/none", "--user=auditor"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                "secret");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("could not verify");
    }
}
