package nl.wsp.platform.logboek;

/**
 * One entry of the service's register of processing activities (AVG art. 30), as {@code wsp.privacy.activiteiten.<key>}
 * configures it: a name, the purpose and the legal basis. {@code id} is what the processing log stores as
 * {@code dpl.core.processing_activity_id}: {@code wsp.privacy.activiteiten.<key>.id}, or
 * {@code urn:nl:wsp:verwerkingsactiviteit:<service>:<key>}.
 */
public record Verwerkingsactiviteit(String sleutel, String id, String naam, String doel, String grondslag) {
}
