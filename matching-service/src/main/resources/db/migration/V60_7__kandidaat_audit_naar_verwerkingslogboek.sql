-- The audit trail moves into the frame's processing log (db/platform/logboek V60.5, docs/adr/0016-verwerkingslogboek.md).
-- Old rows keep their moment, who, role, partner, purpose (now the processing activity) and action. A stored trace id
-- that is not 32 hex digits (rows from before the traceparent rule of ADR 0012 could hold what a caller typed) is
-- replaced by one derived from the row's id; each old row gets a span id of its own, derived the same way.
INSERT INTO verwerkingslogboek (trace_id, span_id, parent_span_id, handeling, status, begintijd, eindtijd, dienst,
    activiteit, activiteit_id, activiteit_naam, doel, grondslag, betrokkene, betrokkene_type, wie, rol, partner)
SELECT CASE WHEN a.trace_id ~ '^[0-9a-f]{32}$' THEN a.trace_id ELSE md5('kandidaat_audit-trace:' || a.id) END,
       substr(md5('kandidaat_audit-span:' || a.id), 1, 16), NULL, a.actie, 'OK', a.tijdstip, a.tijdstip,
       'matching-service', r.activiteit, 'urn:nl:wsp:verwerkingsactiviteit:matching-service:' || r.activiteit,
       r.naam, r.doel, r.grondslag, a.kandidaat_id, 'urn:nl:wsp:matching-service:kandidaat-id', a.wie, a.rol, a.partner
FROM kandidaat_audit a
JOIN (VALUES
    ('aanlevering', 'aanlevering', 'Aanlevering van werkfitte kandidaten door de partnersystemen',
     'Werkfitte kandidaten van gemeenten en UWV beschikbaar stellen voor bemiddeling naar werk in de arbeidsmarktregio',
     'AVG art. 6 lid 1 sub e; Participatiewet art. 7 lid 1 onder a; Wet SUWI art. 10 (samenwerking in de arbeidsmarktregio)'),
    ('bemiddeling', 'bemiddeling', 'Matching en bemiddeling: matchen, voordragen, plaatsen',
     'Een kandidaat naar passend werk bemiddelen volgens de prioriteitsregels van de regio',
     'AVG art. 6 lid 1 sub e; Participatiewet art. 7 lid 1 onder a; Wet SUWI art. 10'),
    ('inzageverzoek', 'inzageverzoek', 'Recht op inzage van de betrokkene',
     'De kandidaat laten zien wat over hem of haar bewaard en verwerkt is', 'AVG art. 15 en art. 6 lid 1 sub c'),
    ('intrekking', 'intrekking', 'Intrekking van een kandidaat door de partner',
     'Een kandidaat die niet meer werkfit, elders geplaatst of verhuisd is uit de bemiddeling halen',
     'AVG art. 6 lid 1 sub e; AVG art. 5 lid 1 sub d (juistheid)'),
    ('wissing', 'wissing', 'Recht op vergetelheid', 'De persoonsgegevens van de kandidaat wissen, ook bij de andere diensten',
     'AVG art. 17 en art. 6 lid 1 sub c')
) AS r (oud, activiteit, naam, doel, grondslag) ON r.oud = a.doel
ORDER BY a.id;

-- Rows with a purpose outside that list would be lost: refuse the migration instead.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM kandidaat_audit WHERE doel NOT IN ('aanlevering', 'bemiddeling', 'inzageverzoek', 'intrekking', 'wissing')) THEN
        RAISE EXCEPTION 'kandidaat_audit holds a purpose the processing log does not know';
    END IF;
END;
$$;

DROP TABLE kandidaat_audit;
DROP FUNCTION kandidaat_audit_alleen_toevoegen();
