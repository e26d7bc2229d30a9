-- Issue 18 item 3 (C): the regional menu (seed 004: "Een gezamenlijke menukaart die de inzet van middelen voor iedere
-- gemeente gelijk maakt … Bij uitzonderlijke gevallen is het managementteam gemandateerd om af te wijken"). One line per
-- region and kind, set by a beheerder of the region: whether the region offers the kind, and its regional limits. Once a
-- region has a line, a request for a candidate of that region outside the menu is refused unless the request records the
-- MT's exception (who approved, when, why), kept on the deployment.
CREATE TABLE menukaart_regel (
    regio          text        NOT NULL,
    soort          text        NOT NULL,
    aangeboden     boolean     NOT NULL,
    max_maanden    integer CHECK (max_maanden > 0),
    max_bedrag     numeric(12, 2) CHECK (max_bedrag > 0),
    vastgesteld_door text      NOT NULL,
    vastgesteld_op timestamptz NOT NULL,
    PRIMARY KEY (regio, soort)
);

ALTER TABLE instrument_inzet
    ADD COLUMN afwijking_goedgekeurd_door text,
    ADD COLUMN afwijking_goedgekeurd_op   date,
    ADD COLUMN afwijking_reden            text,
    ADD CONSTRAINT instrument_inzet_afwijking_volledig
        CHECK ((afwijking_goedgekeurd_door IS NULL) = (afwijking_goedgekeurd_op IS NULL));
CREATE INDEX instrument_inzet_afwijking ON instrument_inzet (regio, aangevraagd_op) WHERE afwijking_goedgekeurd_door IS NOT NULL;
