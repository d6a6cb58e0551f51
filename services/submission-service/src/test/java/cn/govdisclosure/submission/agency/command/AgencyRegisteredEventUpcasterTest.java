package cn.govdisclosure.submission.agency.command;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.agency.AgencyKind;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Registrations stored before agencies had a kind are read as departments; newer ones as they were stored. */
class AgencyRegisteredEventUpcasterTest {

    private static final String TYPE = AgencyRegisteredEvent.class.getName();
    /** A registration as revision 1 stored it, byte for byte. */
    private static final String REVISION_1 = """
            {"creditCode":"11140525001234567U","name":"泽州县人民政府","regionCode":"140525","registeredBy":"admin",\
            "registeredAt":"2023-11-02T01:30:00Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
            .addModule(new JavaTimeModule()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build())
            .build();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new AgencyRegisteredEventUpcaster());

    @Test
    void readsARegistrationStoredBeforeKindsExistedAsADepartment() {
        AgencyRegisteredEvent event = read(REVISION_1, "1");

        assertThat(event).isEqualTo(new AgencyRegisteredEvent("11140525001234567U", "泽州县人民政府", "140525",
                AgencyKind.DEPARTMENT, "admin", Instant.parse("2023-11-02T01:30:00Z")));
    }

    @Test
    void leavesTheCurrentRevisionAsItWasStored() {
        String revision2 = REVISION_1.replace("\"registeredBy\"", "\"kind\":\"PEOPLES_GOVERNMENT\",\"registeredBy\"");

        assertThat(read(revision2, "2").kind()).isEqualTo(AgencyKind.PEOPLES_GOVERNMENT);
    }

    private AgencyRegisteredEvent read(String payload, String revision) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Agency", "11140525001234567U", 0,
                "event-1", Instant.parse("2023-11-02T01:30:00Z"), TYPE, revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = upcasters
                .upcast(java.util.stream.Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.get(0).getData());
    }
}
