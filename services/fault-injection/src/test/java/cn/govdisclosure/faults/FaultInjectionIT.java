package cn.govdisclosure.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.faults.SurgeFilings.Filing;
import cn.govdisclosure.faults.SystemUnderFault.Part;
import cn.govdisclosure.loadgenerator.AgencyPlan;
import cn.govdisclosure.loadgenerator.SystemUnderLoad;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.operations.OperationsCli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Agencies file in parallel while every part of the system is stopped and restarted — each service gracefully and
 * with {@code kill -9}, the Kafka broker and PostgreSQL — and poison messages are put on every topic. Afterwards
 * every report must have reached PUBLISHED exactly once: each figure change recorded once, each event once, one
 * publication, each Kafka command applied once, every poison message in a dead-letter topic and listed by the
 * operations command line. Prints the faults, the reports in flight at each, and lost and duplicated counts.
 *
 * <p>Short form in the default build; {@code -Dfaults.form=long} injects every fault class both ways, twice, under
 * a denser surge (see the README).
 */
class FaultInjectionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = List.of(Topics.SUBMISSION_EVENTS, Topics.SUBMISSION_COMMANDS,
            Topics.PUBLICATION_EVENTS);

    private final boolean longForm = "long".equals(System.getProperty("faults.form"));
    private final List<String> findings = new ArrayList<>();
    private int lost;
    private int duplicated;

    /** A fault, when it came, the filings under way and those waiting to start then, and how long it lasted. */
    record Injected(Fault fault, Instant at, int inFlight, int waiting, long tookMs) {
    }

    @Test
    void nothingIsLostOrDuplicatedWhenEveryPartFailsDuringASurge() throws Exception {
        Path directory = Path.of(System.getProperty("faults.work-directory", "target/fault-injection"))
                .resolve(Instant.now().toString().replace(':', '-'));
        Files.createDirectories(directory);
        try (SystemUnderFault system = new SystemUnderFault(directory)) {
            system.start();
            int agencies = longForm ? 400 : 40;
            List<AgencyPlan> plans = AgencyPlan.surge(System.currentTimeMillis(), agencies,
                    AgencyPlan.yearDueNext(java.time.LocalDate.now()), 3, 4, 0.2);
            SurgeFilings surge = new SurgeFilings(new SystemUnderLoad(system.url(Part.SUBMISSION),
                    system.url(Part.VALIDATION), system.url(Part.PUBLICATION)), SystemUnderFault.ADMIN_PASSWORD,
                    Duration.ofMinutes(longForm ? 10 : 4));

            ExecutorService filers = Executors.newFixedThreadPool(longForm ? 12 : 6);
            List<Future<Filing>> filings = new ArrayList<>();
            AtomicInteger started = new AtomicInteger();
            AtomicInteger finished = new AtomicInteger();
            AtomicInteger launchedCount = new AtomicInteger();
            Thread launcher = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted() && launchedCount.get() < agencies) {
                    AgencyPlan plan = plans.get(launchedCount.getAndIncrement());
                    synchronized (filings) {
                        filings.add(filers.submit(() -> {
                            started.incrementAndGet();
                            try {
                                return surge.file(plan);
                            } finally {
                                finished.incrementAndGet();
                            }
                        }));
                    }
                    try {
                        Thread.sleep(longForm ? 700 : 1500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "surge");
            launcher.start();

            List<Injected> injected = new ArrayList<>();
            Map<String, String> poisons = new LinkedHashMap<>();
            // The first fault comes once several filings are under way.
            Instant surgeUnderWay = Instant.now().plus(Duration.ofMinutes(1));
            while (started.get() - finished.get() < 3 && Instant.now().isBefore(surgeUnderWay)) {
                ChildProcess.pause(Duration.ofMillis(500));
            }
            for (Fault fault : schedule()) {
                // Filings under way: registered or entering, submitted, or waiting for validation or publication.
                int inFlight = started.get() - finished.get();
                Instant at = Instant.now();
                long faultStarted = System.nanoTime();
                inject(system, fault, poisons);
                int waiting = launchedCount.get() - started.get();
                injected.add(new Injected(fault, at, inFlight, waiting,
                        (System.nanoTime() - faultStarted) / 1_000_000));
                System.out.printf("[faults] %s: %d reports in flight, %d waiting, back after %d ms%n",
                        fault.describe(), inFlight, waiting, injected.get(injected.size() - 1).tookMs());
                ChildProcess.pause(Duration.ofSeconds(longForm ? 4 : 3));
            }
            launcher.interrupt();
            launcher.join();
            filers.shutdown();
            assertThat(filers.awaitTermination(longForm ? 20 : 8, TimeUnit.MINUTES)).isTrue();
            List<Filing> results = new ArrayList<>();
            for (Future<Filing> filing : filings) {
                results.add(filing.get());
            }
            // Let the last redeliveries arrive, so that a duplicate they would cause is seen.
            ChildProcess.pause(Duration.ofSeconds(5));

            verifyReports(system, results);
            verifyMessages(system, results);
            Map<String, Integer> deadLettered = verifyDeadLetters(system, poisons);

            System.out.printf("[faults] %d HTTP calls got no answer or a 5xx and were sent again%n",
                    surge.retriedCalls());
            print(injected, results, deadLettered);
            system.close();
            deleteData(directory);
            assertThat(injected).extracting(Injected::fault).containsAll(schedule());
            assertThat(findings).as("findings").isEmpty();
            assertThat(lost).as("lost").isZero();
            assertThat(duplicated).as("duplicated").isZero();
        }
    }

    /** The servers' data of a run can be large; its logs stay. */
    private static void deleteData(Path directory) throws java.io.IOException {
        for (String data : List.of("postgres", "kafka")) {
            try (var paths = Files.walk(directory.resolve(data))) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private List<Fault> schedule() {
        if (!longForm) {
            return List.of(Fault.poison(), Fault.kill(Part.SUBMISSION), Fault.stop(Part.VALIDATION),
                    Fault.kill(Part.PUBLICATION), Fault.stop(Part.KAFKA), Fault.kill(Part.POSTGRES));
        }
        List<Fault> round = List.of(Fault.poison(), Fault.kill(Part.SUBMISSION), Fault.stop(Part.SUBMISSION),
                Fault.kill(Part.VALIDATION), Fault.stop(Part.VALIDATION), Fault.kill(Part.PUBLICATION),
                Fault.stop(Part.PUBLICATION), Fault.stop(Part.KAFKA), Fault.kill(Part.KAFKA),
                Fault.stop(Part.POSTGRES), Fault.kill(Part.POSTGRES));
        List<Fault> all = new ArrayList<>(round);
        all.addAll(round);
        return all;
    }

    private void inject(SystemUnderFault system, Fault fault, Map<String, String> poisons) {
        switch (fault.kind()) {
            case POISON -> TOPICS.forEach(topic -> poisons.put(poison(system, topic), topic));
            case STOP -> {
                system.stop(fault.part());
                ChildProcess.pause(Duration.ofSeconds(2));
                system.start(fault.part());
            }
            case KILL -> {
                system.kill(fault.part());
                ChildProcess.pause(Duration.ofSeconds(2));
                system.start(fault.part());
            }
        }
    }

    /** A record no consumer can read (no type header, not JSON), with a message id to find it by. */
    private static String poison(SystemUnderFault system, String topic) {
        String messageId = "poison:" + topic + ":" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "poison",
                    "毒消息".getBytes(StandardCharsets.UTF_8));
            record.headers().add(MessageHeaders.MESSAGE_ID, messageId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send the poison message to " + topic, e);
        }
        return messageId;
    }

    /**
     * Each report: published; each event recorded exactly as often as the agency did its step (no step lost, none
     * applied twice); each figure change it was told was saved in the event store; the same figures in the read
     * model, in the event store and in the one publication; one validation run per submission; every command
     * applied.
     */
    private void verifyReports(SystemUnderFault system, List<Filing> filings) throws SQLException {
        try (Connection submission = system.connect("submission");
             Connection validation = system.connect("validation");
             Connection publication = system.connect("publication")) {
            for (Filing filing : filings) {
                String reportId = filing.reportId();
                if (!filing.outcome().published()) {
                    lost++;
                    findings.add(reportId + " not published: " + filing.outcome().error());
                    continue;
                }
                int submissions = filing.outcome().submissions();
                compareEvents(filing, eventCounts(submission, reportId));
                Map<String, BigDecimal> stored = new TreeMap<>();
                int cellChanges = 0;
                for (String payload : column(submission, """
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%.FiguresChangedEvent'
                        ORDER BY sequence_number""", reportId)) {
                    for (JsonNode change : json(payload).get("changes")) {
                        cellChanges++;
                        stored.put(change.get("cellId").asText(), change.get("newValue").isNull() ? null
                                : change.get("newValue").decimalValue());
                    }
                }
                if (cellChanges != filing.outcome().figureChanges()) {
                    count(cellChanges - filing.outcome().figureChanges(), reportId + ": " + cellChanges
                            + " cell changes stored, the clerk saved " + filing.outcome().figureChanges());
                }
                compareFigures(reportId, "submission read model", stored, figures(submission,
                        "SELECT figures FROM report_view WHERE report_id = ?", reportId));
                List<String> published = column(publication,
                        "SELECT figures FROM published_report WHERE report_id = ? ORDER BY version", reportId);
                if (published.size() != 1) {
                    count(published.size() - 1, reportId + " published " + published.size() + " times");
                } else {
                    compareFigures(reportId, "publication", stored, toFigures(published.get(0)));
                }
                int runs = column(validation, "SELECT validation_id FROM validation_run WHERE report_id = ?",
                        reportId).size();
                if (runs != submissions) {
                    count(runs - submissions, reportId + " validated " + runs + " times in " + submissions
                            + " submission(s)");
                }
                List<String> commands = new ArrayList<>();
                for (int number = 1; number <= submissions; number++) {
                    commands.add("validation:" + reportId + ":" + number);
                }
                commands.add("publication:" + reportId + ":" + submissions);
                for (String command : commands) {
                    if (column(submission, "SELECT message_id FROM processed_message WHERE message_id = ?", command)
                            .size() != 1) {
                        count(-1, "command " + command + " was never applied");
                    }
                }
            }
        }
    }

    private void compareEvents(Filing filing, Map<String, Integer> actual) {
        int submissions = filing.outcome().submissions();
        int explanations = filing.outcome().commands() - 1 - filing.figureRounds() - SurgeFilings.SECTIONS
                - 2 * submissions;
        Map<String, Integer> expected = new TreeMap<>();
        expected.put("AnnualReportCreatedEvent", 1);
        expected.put("FiguresChangedEvent", filing.figureRounds());
        expected.put("SectionChangedEvent", SurgeFilings.SECTIONS);
        expected.put("WarningExplainedEvent", explanations);
        expected.put("ReportSubmittedForApprovalEvent", submissions);
        expected.put("ReportApprovedEvent", submissions);
        expected.put("AnnualReportSubmittedEvent", submissions);
        expected.put("AnnualReportRejectedEvent", submissions - 1);
        expected.put("AnnualReportAcceptedEvent", 1);
        expected.put("AnnualReportPublishedEvent", 1);
        expected.values().removeIf(count -> count == 0);
        Set<String> types = new HashSet<>(expected.keySet());
        types.addAll(actual.keySet());
        for (String type : types) {
            int difference = actual.getOrDefault(type, 0) - expected.getOrDefault(type, 0);
            if (difference != 0) {
                count(difference, filing.reportId() + " has " + actual.getOrDefault(type, 0) + " " + type
                        + ", expected " + expected.getOrDefault(type, 0));
            }
        }
    }

    private void compareFigures(String reportId, String where, Map<String, BigDecimal> expected,
                                Map<String, BigDecimal> actual) {
        Set<String> cells = new HashSet<>(expected.keySet());
        cells.addAll(actual.keySet());
        for (String cell : cells) {
            BigDecimal want = expected.get(cell);
            BigDecimal have = actual.get(cell);
            if (want == null ? have != null : have == null || want.compareTo(have) != 0) {
                count(-1, reportId + " " + cell + " is " + have + " in the " + where + ", " + want
                        + " in the event store");
            }
        }
    }

    /**
     * Every message of the three topics: per report and type, exactly one distinct message id (copies under the same
     * id are redeliveries that consumers drop, and are only counted).
     */
    private void verifyMessages(SystemUnderFault system, List<Filing> filings) {
        Map<String, Set<String>> idsByReportAndType = new HashMap<>();
        int copies = 0;
        for (ConsumerRecord<String, byte[]> record : readAll(system, TOPICS)) {
            String type = header(record, MessageHeaders.MESSAGE_TYPE);
            if (type == null) {
                continue; // the poison messages
            }
            if (!idsByReportAndType.computeIfAbsent(record.key() + " " + type, key -> new HashSet<>())
                    .add(header(record, MessageHeaders.MESSAGE_ID))) {
                copies++;
            }
        }
        for (Filing filing : filings) {
            int submissions = filing.outcome().submissions();
            Map<String, Integer> expected = Map.of("submission.ReportSubmitted", submissions,
                    "submission.RecordValidationOutcome", submissions, "submission.ReportAccepted", 1,
                    "submission.MarkReportPublished", 1, "publication.ReportPublished", 1);
            expected.forEach((type, count) -> {
                int ids = idsByReportAndType.getOrDefault(filing.reportId() + " " + type, Set.of()).size();
                if (ids != count) {
                    count(ids - count, filing.reportId() + " has " + ids + " distinct " + type + " messages, expected "
                            + count);
                }
            });
        }
        System.out.printf("[faults] %d re-sent copies of messages under their original id (dropped by consumers)%n",
                copies);
    }

    /**
     * Every poison message must be in a dead-letter topic and listed by the operations command line; then each is
     * discarded through it, on record. Nothing else may be dead-lettered.
     */
    private Map<String, Integer> verifyDeadLetters(SystemUnderFault system, Map<String, String> poisons) {
        String[] connection = {"--url", system.url(Part.SUBMISSION), "--username", "admin", "--password",
                SystemUnderFault.ADMIN_PASSWORD};
        Map<String, Integer> listed = new LinkedHashMap<>();
        List<String> lines = List.of();
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(until)) {
            lines = cli(concat(new String[] {"dead-letters"}, connection));
            listed.clear();
            for (String poison : poisons.keySet()) {
                listed.put(poison, (int) lines.stream().filter(line -> line.contains(poison)).count());
            }
            if (listed.values().stream().allMatch(count -> count > 0)) {
                break;
            }
            ChildProcess.pause(Duration.ofSeconds(2));
        }
        listed.forEach((poison, count) -> {
            if (count == 0) {
                findings.add("poison " + poison + " is in no dead-letter topic");
            }
        });
        for (String line : lines) {
            if (line.contains("\t") && poisons.keySet().stream().noneMatch(line::contains)) {
                findings.add("dead-lettered, not poison: " + line);
            }
            if (line.contains("\t") && poisons.keySet().stream().anyMatch(line::contains)) {
                String id = line.substring(0, line.indexOf('\t'));
                List<String> discarded = cli(concat(new String[] {"discard", id, "--reason", "故障演练注入的毒消息"},
                        connection));
                if (discarded.stream().noneMatch(out -> out.contains("DISCARDED"))) {
                    findings.add("could not discard " + id + ": " + discarded);
                }
            }
        }
        List<String> open = cli(concat(new String[] {"dead-letters", "--open"}, connection));
        if (!open.contains("0 dead letter(s)")) {
            findings.add("dead letters still open after discarding the poison: " + open);
        }
        List<String> stuck = cli(concat(new String[] {"stuck-reports"}, connection));
        if (!stuck.contains("0 stuck report(s)")) {
            findings.add("stuck reports: " + stuck);
        }
        return listed;
    }

    private void print(List<Injected> injected, List<Filing> filings, Map<String, Integer> deadLettered) {
        System.out.println();
        System.out.printf("Fault injection (%s form): %d agencies filed in parallel%n", longForm ? "long" : "short",
                filings.size());
        for (Injected fault : injected) {
            System.out.printf("  %-52s at %s  in flight: %3d (+%d waiting)  back after %,d ms%n",
                    fault.fault().describe(), fault.at(), fault.inFlight(), fault.waiting(), fault.tookMs());
        }
        deadLettered.forEach((poison, count) -> System.out.printf("  %s: %d dead letter(s)%n", poison, count));
        System.out.printf("  published: %d of %d (%d went through a rejection and a correction first)%n",
                filings.stream().filter(filing -> filing.outcome().published()).count(), filings.size(),
                filings.stream().filter(filing -> filing.outcome().submissions() > 1).count());
        findings.forEach(finding -> System.out.println("  finding: " + finding));
        System.out.printf("  lost = %d, duplicated = %d%n%n", lost, duplicated);
    }

    /** A positive difference is that many duplicates, a negative one that many lost. */
    private void count(int difference, String finding) {
        if (difference > 0) {
            duplicated += difference;
        } else {
            lost += -difference;
        }
        findings.add(finding);
    }

    private static List<String> cli(String... args) {
        StringWriter out = new StringWriter();
        int exit = OperationsCli.run(new PrintWriter(out, true), args);
        List<String> lines = out.toString().lines().toList();
        if (exit != 0) {
            throw new IllegalStateException("operations " + String.join(" ", args[0]) + " exited " + exit + ": "
                    + lines);
        }
        return lines;
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static Map<String, Integer> eventCounts(Connection connection, String reportId) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (var query = connection.prepareStatement("""
                SELECT payload_type, count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                GROUP BY payload_type""")) {
            query.setString(1, reportId);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                String type = rows.getString(1);
                counts.put(type.substring(type.lastIndexOf('.') + 1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static Map<String, BigDecimal> figures(Connection connection, String sql, String reportId)
            throws SQLException {
        List<String> json = column(connection, sql, reportId);
        return json.isEmpty() ? Map.of() : toFigures(json.get(0));
    }

    private static Map<String, BigDecimal> toFigures(String text) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        json(text).fields().forEachRemaining(cell -> figures.put(cell.getKey(), cell.getValue().isNull() ? null
                : new BigDecimal(cell.getValue().asText())));
        return figures;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> column(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(SystemUnderFault system, List<String> topics) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(topic -> consumer.partitionsFor(topic)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant until = Instant.now().plus(Duration.ofMinutes(1));
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())
                    && Instant.now().isBefore(until)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
