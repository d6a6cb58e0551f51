package cn.govdisclosure.submission.audit.chain;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Verifies the event chain from outside the running service, straight against PostgreSQL, so that an auditor
 * need not trust the service's own answer:
 *
 * <pre>
 * ChainVerifierCli --url=jdbc:postgresql://host:5432/submission --user=auditor [--password=…] [--report=reportId]
 * </pre>
 *
 * The password may come from {@code PGPASSWORD} instead, to keep it out of the process list. Prints one line per
 * aggregate (every report and agency, or the one given): {@code intact} with its event count and head hash, or the
 * first mismatch. Exits 0 when everything is intact, 1 when anything is not, 2 when it could not check.
 */
public final class ChainVerifierCli {

    private ChainVerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv("PGPASSWORD")));
    }

    /** Runs the verifier; the exit code as {@link #main} would return it. */
    public static int run(String[] args, PrintStream out, PrintStream err, String passwordFromEnvironment) {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("url") || !options.containsKey("user")) {
            err.println("usage: ChainVerifierCli --url=<jdbc url> --user=<user> [--password=<password>]"
                    + " [--report=<report id>]   (password also from PGPASSWORD)");
            return 2;
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(options.get("url"));
        dataSource.setUser(options.get("user"));
        dataSource.setPassword(options.getOrDefault("password", passwordFromEnvironment));
        ChainVerifier verifier = new ChainVerifier(dataSource);
        try {
            String report = options.get("report");
            if (report != null && !verifier.knows(report)) {
                err.println(report + ": no events stored");
                return 2;
            }
            List<String> aggregates = report == null ? verifier.aggregates() : List.of(report);
            boolean allIntact = true;
            for (String aggregate : aggregates) {
                ChainVerification verification = verifier.verify(aggregate);
                out.println(line(verification));
                allIntact &= verification.intact();
            }
            out.println(aggregates.size() + " streams checked: " + (allIntact ? "all intact" : "NOT INTACT"));
            return allIntact ? 0 : 1;
        } catch (IllegalStateException e) {
            err.println("could not verify: " + (e.getCause() == null ? e : e.getCause()).getMessage());
            return 2;
        }
    }

    private static String line(ChainVerification verification) {
        if (verification.intact()) {
            return verification.aggregateId() + "\tintact\t" + verification.events() + " events\thead "
                    + verification.headHash();
        }
        ChainVerification.Mismatch mismatch = verification.firstMismatch();
        return verification.aggregateId() + "\tMISMATCH\tsequence " + mismatch.sequenceNumber() + "\tevent "
                + mismatch.eventId() + "\t" + mismatch.kind() + "\t" + mismatch.reason();
    }

    /** {@code --name=value} pairs; null when an argument has another shape. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                return null;
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
