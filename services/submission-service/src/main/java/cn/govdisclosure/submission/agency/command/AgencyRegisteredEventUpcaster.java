package cn.govdisclosure.submission.agency.command;

import cn.govdisclosure.kernel.agency.AgencyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads registrations stored before agencies had a kind (revision 1) as registrations of a
 * {@link AgencyKind#DEPARTMENT}: what a registration that names no kind gets today, and the stricter deadline. The
 * stored event is never changed (the event store is append-only and hash-chained); an administrator who knows
 * better records the right kind with a {@link SetAgencyKindCommand}.
 */
public class AgencyRegisteredEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(AgencyRegisteredEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(AgencyRegisteredEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("kind", AgencyKind.DEPARTMENT.name());
            return payload;
        });
    }
}
