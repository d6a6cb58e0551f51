package cn.govdisclosure.submission.audit.query;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Every stored event of one report, in order, with what access checks and cell labels need from its first event:
 * the agency, its region and the report's format.
 */
public record ReportEvents(String reportId, String creditCode, String regionCode, String formatId,
                           List<DomainEventMessage<?>> messages) {

    public long lastSequenceNumber() {
        return messages.get(messages.size() - 1).getSequenceNumber();
    }
}
