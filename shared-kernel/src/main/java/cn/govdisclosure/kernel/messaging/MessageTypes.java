package cn.govdisclosure.kernel.messaging;

import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.kernel.submission.AgencyKindChangedEvent;
import cn.govdisclosure.kernel.submission.AgencyRegisteredEvent;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.Revision;

/**
 * The registry of message contracts that travel on Kafka: a stable type name per contract (independent of the Java
 * class name, so classes can move) and its revision.
 */
public final class MessageTypes {

    private static final Map<String, Class<?>> BY_NAME = Map.of(
            "submission.ReportSubmitted", ReportSubmittedEvent.class,
            "submission.ReportAccepted", ReportAcceptedEvent.class,
            "submission.RecordValidationOutcome", RecordValidationOutcomeCommand.class,
            "submission.MarkReportPublished", MarkReportPublishedCommand.class,
            "publication.ReportPublished", ReportPublishedEvent.class,
            "submission.AgencyRegistered", AgencyRegisteredEvent.class,
            "submission.AgencyKindChanged", AgencyKindChangedEvent.class);

    private MessageTypes() {
    }

    public static Optional<Class<?>> classOf(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static String nameOf(Class<?> type) {
        return BY_NAME.entrySet().stream().filter(entry -> entry.getValue().equals(type)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type + " is not a message contract"));
    }

    public static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalStateException(type + " carries no @Revision");
        }
        return revision.value();
    }
}
