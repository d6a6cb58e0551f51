package cn.govdisclosure.standalone;

import org.springframework.boot.SpringApplication;

/**
 * The main class of a service's own JVM when the standalone system runs each service apart
 * ({@link ServiceProcess}). Arguments: the service's name and its Spring Boot application class. Its settings come
 * in {@code SPRING_APPLICATION_JSON}, so that the secrets among them are not on a command line for every user of the
 * machine to read. The service stops when the standalone process that started it is gone, however it ended.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: ServiceMain <service name> <application class>");
        }
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(0)));
        SpringApplication.run(Class.forName(args[1]));
    }
}
