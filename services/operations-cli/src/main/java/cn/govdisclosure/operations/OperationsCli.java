package cn.govdisclosure.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The operator's command line: dead letters of every {@code *.DLT} topic (list, replay, discard) and reports stuck
 * between services (list, re-drive), through the submission service's operations API as an ADMIN. Every replay,
 * discard and re-drive needs a reason and is recorded with the signed-in operator's name.
 */
@Command(name = "operations", mixinStandardHelpOptions = true,
        description = "Dead letters and stuck reports of the annual-report system",
        subcommands = {OperationsCli.DeadLetters.class, OperationsCli.Replay.class, OperationsCli.Discard.class,
                OperationsCli.StuckReports.class, OperationsCli.Redrive.class})
public final class OperationsCli {

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), args));
    }

    /** Runs the command line; output goes to {@code out}; the exit code is 0 on success. */
    public static int run(PrintWriter out, String... args) {
        CommandLine commandLine = new CommandLine(new OperationsCli());
        commandLine.setOut(out);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println(exception.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    /** Where the submission service is and who signs in. */
    static final class Connection {

        @Option(names = "--url", defaultValue = "http://localhost:8081", description = "the submission service")
        String url;

        @Option(names = "--username", required = true, description = "an ADMIN account")
        String username;

        @Option(names = "--password", required = true, interactive = true, arity = "0..1",
                description = "asked for when given without a value")
        String password;

        OperationsApi api() {
            return OperationsApi.signIn(url, username, password);
        }
    }

    abstract static class Operation implements Callable<Integer> {

        @Mixin Connection connection;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "dead-letters", description = "Lists dead letters: id, state, topic, consumer group, message, error")
    static final class DeadLetters extends Operation {

        @Option(names = "--open", description = "only those nobody replayed or discarded yet")
        boolean open;

        @Override
        public Integer call() {
            JsonNode letters = connection.api().deadLetters(open);
            for (JsonNode letter : letters) {
                out().printf("%s/%d/%d\t%s\t%s\t%s\t%s\t%s\t%s%n", letter.get("dltTopic").asText(),
                        letter.get("partition").asInt(), letter.get("offset").asLong(), letter.get("state").asText(),
                        text(letter, "originalTopic"), text(letter, "consumerGroup"), text(letter, "messageId"),
                        text(letter, "messageType"), text(letter, "error"));
            }
            out().printf("%d dead letter(s)%n", letters.size());
            return 0;
        }
    }

    /** Replays or discards one dead letter, once, for a reason. */
    abstract static class DeadLetterOperation extends Operation {

        @Parameters(index = "0", description = "the dead letter: <dlt topic>/<partition>/<offset>")
        String id;

        @Option(names = "--reason", required = true)
        String reason;

        abstract JsonNode act(OperationsApi api);

        @Override
        public Integer call() {
            JsonNode action = act(connection.api());
            out().printf("%s %s by %s%n", id, action.get("action").asText(), action.get("actedBy").asText());
            return 0;
        }
    }

    @Command(name = "replay", description = "Sends a dead letter back to its topic, once")
    static final class Replay extends DeadLetterOperation {

        @Override
        JsonNode act(OperationsApi api) {
            return api.replay(id, reason);
        }
    }

    @Command(name = "discard", description = "Marks a dead letter as dealt with, without replaying it")
    static final class Discard extends DeadLetterOperation {

        @Override
        JsonNode act(OperationsApi api) {
            return api.discard(id, reason);
        }
    }

    @Command(name = "stuck-reports", description = "Lists reports waiting for another service too long")
    static final class StuckReports extends Operation {

        @Override
        public Integer call() {
            JsonNode reports = connection.api().stuckReports();
            for (JsonNode report : reports) {
                out().printf("%s\t%s since %s\tsubmission %d%n", report.get("reportId").asText(),
                        report.get("status").asText(), report.get("since").asText(),
                        report.get("submissionNumber").asInt());
            }
            out().printf("%d stuck report(s)%n", reports.size());
            return 0;
        }
    }

    @Command(name = "redrive", description = "Publishes the submission or acceptance a stuck report waits on again")
    static final class Redrive extends Operation {

        @Parameters(index = "0", description = "the report id, {creditCode}-{year}")
        String reportId;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        public Integer call() {
            connection.api().redrive(reportId, reason);
            out().printf("%s re-driven%n", reportId);
            return 0;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "-";
    }
}
