package cn.govdisclosure.standalone;

import java.util.Arrays;

/**
 * Runs the whole system on its embedded default: {@code --demo} also files and publishes the example report.
 * Options: {@code --data-dir=./data} and the ports of {@link StandaloneSettings}.
 */
public final class StandaloneApplication {

    private StandaloneApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        StandaloneSettings settings = StandaloneSettings.fromArguments(args);
        StandaloneSystem system = StandaloneSystem.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "standalone-shutdown"));
        if (Arrays.asList(args).contains("--demo")) {
            String url = new ExampleReportDemo(settings).run();
            System.out.println();
            System.out.println("The example report is published: " + url);
            System.out.println("Stop the system with Ctrl+C; its data stays in " + settings.dataDirectory().toAbsolutePath());
            System.out.println();
        }
        Thread.currentThread().join();
    }
}
