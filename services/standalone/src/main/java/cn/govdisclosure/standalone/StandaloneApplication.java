package cn.govdisclosure.standalone;

import java.util.Arrays;

/**
 * Runs the whole system on its embedded default: {@code --demo} also files and publishes the example report, and
 * prepares it for filing by hand in the workspace.
 * Options: {@code --data-dir=./data}, the ports of {@link StandaloneSettings}, and {@code --process-per-service}
 * (with {@code --service-heap=512m}) to run each service in a JVM of its own.
 */
public final class StandaloneApplication {

    private StandaloneApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        StandaloneSettings settings = StandaloneSettings.fromArguments(args);
        StandaloneSystem system = StandaloneSystem.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "standalone-shutdown"));
        System.out.println();
        System.out.println("Administrator: " + StandaloneSystem.ADMIN + " / " + system.adminPassword()
                + " (kept in " + settings.dataDirectory().resolve("secrets").toAbsolutePath() + ")");
        if (Arrays.asList(args).contains("--demo")) {
            ExampleReportDemo demo = new ExampleReportDemo(settings, system.adminPassword());
            String url = demo.run();
            System.out.println("Demo users, password " + ExampleReportDemo.DEMO_PASSWORD + ":");
            demo.users().forEach(user -> System.out.println("  " + user.username() + " (" + user.role() + ", "
                    + user.description() + ")"));
            System.out.println("A token: curl -s -XPOST " + settings.submissionUrl() + "/api/auth/token"
                    + " -H 'Content-Type: application/json'"
                    + " -d '{\"username\":\"zezhou-clerk\",\"password\":\"" + ExampleReportDemo.DEMO_PASSWORD + "\"}'");
            System.out.println("The example report is published: " + url);
            System.out.println("All published reports: " + settings.publicationUrl() + "/portal/");
            System.out.println("Who published on time in 晋城市: " + settings.publicationUrl()
                    + "/portal/compliance?region=140500&year=2023");
            System.out.println("File it yourself in the workspace: " + settings.submissionUrl() + "/workspace"
                    + " — sign in as demo-clerk, create the 2023 report, import " + demo.prepare().toAbsolutePath()
                    + ", fill in what is missing and submit; demo-approver signs it off.");
        }
        System.out.println("Stop the system with Ctrl+C; its data stays in " + settings.dataDirectory().toAbsolutePath());
        System.out.println();
        Thread.currentThread().join();
    }
}
