package cn.govdisclosure.historyloader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads a folder of past reports into a running system, so that the cross-year rules know each agency's earlier
 * years. Every document is read by the report parser and loaded as that agency's report of that year; the summary
 * tells what was read, what needed notes and what failed, and the exit code is non-zero when anything failed.
 */
@Command(name = "history-loader", mixinStandardHelpOptions = true,
        description = "Loads past annual reports (text, HTML, .docx, PDF) into the validation service's history.",
        footer = {"", "Each file names its agency by its 统一社会信用代码, in its own name or its folder's:",
                "  91350100M000100Y43-2022.html, or 91350100M000100Y43/2021年报.docx (year read from the document)."})
public final class HistoryLoader implements Callable<Integer> {

    @Parameters(index = "0", description = "the folder of report documents (searched recursively)")
    Path folder;

    @Option(names = "--submission-url", defaultValue = "http://localhost:8081", description = "signs the user in")
    String submissionUrl;

    @Option(names = "--validation-url", defaultValue = "http://localhost:8082", description = "keeps the history")
    String validationUrl;

    @Option(names = "--username", required = true, description = "an ADMIN or SUPERVISOR account")
    String username;

    @Option(names = "--password", required = true, interactive = true, arity = "0..1",
            description = "its password (asked for when the option is given without a value)")
    String password;

    @Option(names = "--threads", defaultValue = "4", description = "documents loaded in parallel")
    int threads;

    private final PrintStream out;
    private final PrintStream progress;

    HistoryLoader(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the loader with the given arguments, writing the summary to {@code out}; returns the exit code. */
    public static int run(PrintStream out, PrintStream progress, String... args) {
        return new CommandLine(new HistoryLoader(out, progress)).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        HistoryApi api = HistoryApi.signIn(submissionUrl, validationUrl, username, password);
        LoadSummary summary = new FolderLoad(api, threads, progress).load(folder);
        summary.print(out);
        return summary.failed().isEmpty() ? 0 : 1;
    }
}
