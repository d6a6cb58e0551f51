package cn.govdisclosure.historyloader;

import cn.govdisclosure.historyloader.LoadSummary.Outcome;
import cn.govdisclosure.historyloader.LoadSummary.Result;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.parser.ParseNote;
import cn.govdisclosure.parser.ParseResult;
import cn.govdisclosure.parser.ReportParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads and loads every document of a folder, in parallel, with a progress line. */
final class FolderLoad {

    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");
    private static final int PROGRESS_WIDTH = 30;

    private final HistoryApi api;
    private final int threads;
    private final PrintStream progress;
    private final ReportParser parser = new ReportParser();

    FolderLoad(HistoryApi api, int threads, PrintStream progress) {
        this.api = api;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    LoadSummary load(Path folder) throws IOException, InterruptedException {
        List<Path> files = documents(folder);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = load(folder, file);
                    if (outcome.result() == Result.FAILED) {
                        failed.incrementAndGet();
                    }
                    showProgress(done.incrementAndGet(), files.size(), failed.get());
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(result(future));
            }
            progress.println();
            return new LoadSummary(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome load(Path folder, Path file) {
        Path relative = folder.relativize(file);
        try {
            Optional<String> creditCode = creditCodeOf(relative);
            if (creditCode.isEmpty()) {
                return new Outcome(relative, Result.FAILED, "文件名或所在目录中没有有效的统一社会信用代码");
            }
            ParseResult parsed = parser.parse(file);
            Integer year = parsed.reportYear() != null ? parsed.reportYear() : yearOf(relative.getFileName());
            if (year == null) {
                return new Outcome(relative, Result.FAILED, "无法确定报告年度");
            }
            String refusal = api.load(creditCode.get(), year, parsed.formatId(), parsed.figures(), parsed.parts());
            if (refusal != null) {
                return new Outcome(relative, Result.FAILED, refusal);
            }
            List<ParseNote> notes = parsed.notes().stream()
                    .filter(note -> note.kind() != ParseNote.Kind.FORMAT_CHOSEN).toList();
            return notes.isEmpty() ? new Outcome(relative, Result.LOADED, year + "年度")
                    : new Outcome(relative, Result.LOADED_WITH_NOTES, year + "年度，" + notes.size() + "条说明，首条："
                            + notes.get(0).message());
        } catch (RuntimeException | IOException e) {
            return new Outcome(relative, Result.FAILED, e.getMessage());
        }
    }

    private void showProgress(int done, int total, int failed) {
        int filled = total == 0 ? PROGRESS_WIDTH : done * PROGRESS_WIDTH / total;
        synchronized (progress) {
            progress.printf("\r[%s%s] %d/%d, %d failed", "#".repeat(filled), " ".repeat(PROGRESS_WIDTH - filled),
                    done, total, failed);
            progress.flush();
        }
    }

    /** The credit code in the file's own name, else in the nearest folder's. */
    static Optional<String> creditCodeOf(Path relative) {
        for (Path part = relative; part != null; part = part.getParent()) {
            Matcher matcher = CREDIT_CODE.matcher(part.getFileName().toString());
            while (matcher.find()) {
                if (CreditCode.problemWith(matcher.group()) == null) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }

    private static Integer yearOf(Path fileName) {
        Matcher matcher = YEAR.matcher(fileName.toString().replaceAll("[0-9A-Z]{18}", ""));
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static Outcome result(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }
}
