-- The social return report (issue 17 item 6; docs/adr/0032): per obligation its employer, region, procurement,
-- contracting partner, amount, period and status (account-service's sroi-verplichtingen.*.v1, the latest wins); which
-- vacancy delivers on which obligation (vacancy-service's vacatures.geopend/gewijzigd.v1 with sroiVerplichtingId).
-- The placements per vacancy are the employer-events read model's plaatsingen_per_vacature (V271_20). The report joins
-- them when asked, so the order of the topics in a rebuild does not change a number.
CREATE TABLE sroi_verplichting (
    verplichting_id uuid PRIMARY KEY,
    werkgever_id    uuid           NOT NULL,
    regio           text           NOT NULL,
    aanbesteding    text           NOT NULL,
    opdrachtgever   text           NOT NULL,
    bedrag          numeric(14, 2) NOT NULL,
    periode_van     date           NOT NULL,
    periode_tot     date           NOT NULL,
    status          text           NOT NULL
);
CREATE INDEX sroi_verplichting_regio ON sroi_verplichting (regio, periode_van, periode_tot);

CREATE TABLE sroi_vacature (
    vacature_id     uuid PRIMARY KEY,
    verplichting_id uuid NOT NULL
);
CREATE INDEX sroi_vacature_verplichting ON sroi_vacature (verplichting_id);
