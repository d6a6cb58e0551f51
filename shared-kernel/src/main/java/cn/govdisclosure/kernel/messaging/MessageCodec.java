package cn.govdisclosure.kernel.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Turns message contracts into JSON bodies and back. Readers ignore fields they do not know, so a producer may add
 * fields without breaking older consumers; a revision the reader does not know is refused rather than misread.
 */
public final class MessageCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private MessageCodec() {
    }

    public static byte[] encode(Object message) {
        try {
            return MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize " + message.getClass().getName(), e);
        }
    }

    public static Object decode(String typeName, String revision, byte[] body) {
        Class<?> type = MessageTypes.classOf(typeName)
                .orElseThrow(() -> new UnreadableMessageException("Unknown message type " + typeName));
        String known = MessageTypes.revisionOf(type);
        if (!known.equals(revision)) {
            throw new UnreadableMessageException(
                    "Message type " + typeName + " revision " + revision + " is not readable (knows " + known + ")");
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableMessageException("Malformed " + typeName + " message: " + e.getMessage(), e);
        }
    }
}
