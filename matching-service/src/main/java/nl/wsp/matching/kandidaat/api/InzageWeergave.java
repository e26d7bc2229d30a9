package nl.wsp.matching.kandidaat.api;

import nl.wsp.matching.audit.AuditLog;

import java.util.List;

/**
 * Everything held on one candidate (the data subject's right of access): the full profile with personal data
 * and life-domain notes, and every recorded read and write of it.
 */
public record InzageWeergave(KandidaatWeergave kandidaat, List<AuditLog.Regel> verwerkingen, String toelichting) {
}
