package nl.wsp.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.wsp.platform.cloudevents.CloudEvents;

/**
 * A CloudEvent as it arrives (structured JSON mode): the envelope, with {@code data} left for the consumer to read, and
 * the distributed-tracing extension's {@code traceparent} when the producer set one (null otherwise).
 * {@code type} is the current name of the type ({@link CloudEvents#huidigType}): an event of the former form still on
 * a topic reads as its new name, so a consumer compares with one constant per type.
 */
public record InboundEvent(String id, String source, String type, String subject, String time, JsonNode data, String traceparent) {

    public InboundEvent(String id, String source, String type, String subject, String time, JsonNode data) {
        this(id, source, type, subject, time, data, null);
    }

    public static InboundEvent parse(ObjectMapper json, String message) {
        try {
            JsonNode node = json.readTree(message);
            InboundEvent event = new InboundEvent(text(node, "id"), text(node, "source"), CloudEvents.huidigType(text(node, "type")),
                    text(node, "subject"), text(node, "time"), node.get("data"), text(node, "traceparent"));
            if (event.id() == null || event.type() == null || event.data() == null) {
                throw new IllegalArgumentException("not a CloudEvent: id, type and data are required");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
    }

    public <T> T data(ObjectMapper json, Class<T> type) {
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + id + " of type " + this.type + " has unreadable data: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
