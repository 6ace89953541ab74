-- Indicator runs (METRICS.md). Every run keeps its own figures, so a later run never changes what an
-- earlier publication used. A run covers one period and a scope of municipalities; the previous
-- periods of the same kind (for trends) are computed in the same run.

CREATE TABLE IF NOT EXISTS indicatorruns (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    periode        VARCHAR(10)   NOT NULL,
    scope          VARCHAR(2000) NOT NULL COMMENT 'ALLE, or the municipality codes',
    invoer         CHAR(64)      CHARACTER SET ascii NOT NULL COMMENT 'SHA-256 of the deliveries and norms used',
    job_execution  BIGINT        NULL,
    gestart        DATETIME(3)   NOT NULL,
    afgerond       DATETIME(3)   NULL,
    UNIQUE KEY indicatorruns_identiteit (periode, scope(200), invoer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The municipalities and periods of a run with the norms of each municipality turned into dates, so
-- every indicator query joins one small table instead of doing calendar arithmetic per row.
CREATE TABLE IF NOT EXISTS indicatorrun_gemeenten (
    run_id               BIGINT      NOT NULL,
    periode              VARCHAR(10) NOT NULL,
    gemeente_code        CHAR(6)     NOT NULL,
    volgnummer           INT         NOT NULL COMMENT '0 = the run''s period, 1..8 the periods before it',
    begin_periode        DATE        NOT NULL,
    peildatum            DATE        NOT NULL COMMENT 'R = end of the period',
    langdurig_grens      DATE        NOT NULL COMMENT 'R - N.langdurig_maanden months: long-term when start <= this',
    venster_grens        DATE        NOT NULL COMMENT 'R - N.contact_venster_maanden months: window is (this, R]',
    bevestiging_dagen    INT         NOT NULL,
    reactietermijn_dagen INT         NOT NULL,
    evaluatie_grens      DATE        NOT NULL COMMENT 'R - N.evaluatie_interval_jaren years',
    PRIMARY KEY (run_id, periode, gemeente_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per client, for each period of a run (0 = the run's period, 1..8 the ones before it): the date of
-- the last personal contact and of the last reached contact on or before that period's peildatum.
-- One pass over contacten in index order fills it; every contact indicator then compares dates.
CREATE TABLE IF NOT EXISTS indicatorrun_contactdata (
    run_id            BIGINT   NOT NULL,
    client_pseudoniem CHAR(64) CHARACTER SET ascii NOT NULL,
    persoonlijk_0 DATE NULL, persoonlijk_1 DATE NULL, persoonlijk_2 DATE NULL, persoonlijk_3 DATE NULL,
    persoonlijk_4 DATE NULL, persoonlijk_5 DATE NULL, persoonlijk_6 DATE NULL, persoonlijk_7 DATE NULL,
    persoonlijk_8 DATE NULL,
    bereikt_0 DATE NULL, bereikt_1 DATE NULL, bereikt_2 DATE NULL, bereikt_3 DATE NULL, bereikt_4 DATE NULL,
    bereikt_5 DATE NULL, bereikt_6 DATE NULL, bereikt_7 DATE NULL, bereikt_8 DATE NULL,
    PRIMARY KEY (run_id, client_pseudoniem)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per municipality and period: each advisory body covering it at R, with its facts at R.
CREATE TABLE IF NOT EXISTS indicatorrun_organen (
    run_id          BIGINT      NOT NULL,
    periode         VARCHAR(10) NOT NULL,
    gemeente_code   CHAR(6)     NOT NULL,
    orgaan_id       VARCHAR(64) NOT NULL,
    soort           VARCHAR(24) NOT NULL,
    leden_pw_client INT         NULL,
    faciliteiten    INT         NOT NULL,
    evaluatie_achterstallig BOOLEAN NOT NULL,
    zetels          INT         NULL,
    bezette_zetels  INT         NULL,
    PRIMARY KEY (run_id, periode, gemeente_code, orgaan_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per municipality and period: each advice "for" it (its body covered it on the day of issue), with
-- the due date under its norm and the municipality's answer.
CREATE TABLE IF NOT EXISTS indicatorrun_adviezen (
    run_id         BIGINT      NOT NULL,
    periode        VARCHAR(10) NOT NULL,
    gemeente_code  CHAR(6)     NOT NULL,
    advies_id      VARCHAR(64) NOT NULL,
    soort          VARCHAR(16) NOT NULL,
    uitgebracht_op DATE        NOT NULL,
    betrokkenheid  VARCHAR(16) NULL,
    uiterste_datum DATE        NOT NULL,
    reactie_datum  DATE        NULL COMMENT 'the answer of this municipality, if any',
    PRIMARY KEY (run_id, periode, gemeente_code, advies_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS indicatorwaarden (
    run_id        BIGINT        NOT NULL,
    periode       VARCHAR(10)   NOT NULL,
    gemeente_code CHAR(6)       NOT NULL,
    indicator     VARCHAR(4)    NOT NULL,
    dimensie      VARCHAR(200)  NOT NULL DEFAULT '' COMMENT 'empty for a total',
    teller        BIGINT        NULL,
    noemer        BIGINT        NULL COMMENT 'for a median: the number of observations',
    waarde        DECIMAL(24,10) NULL COMMENT 'NULL when the noemer is 0',
    PRIMARY KEY (run_id, periode, gemeente_code, indicator, dimensie)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The median of each indicator total over the municipalities of a size group (by B1), per run and period.
CREATE TABLE IF NOT EXISTS indicatorgroepsmedianen (
    run_id    BIGINT         NOT NULL,
    periode   VARCHAR(10)    NOT NULL,
    groep     VARCHAR(16)    NOT NULL COMMENT '<500, 500-1999, 2000-9999, >=10000',
    indicator VARCHAR(4)     NOT NULL,
    mediaan   DECIMAL(24,10) NULL,
    aantal    INT            NOT NULL COMMENT 'municipalities with a value',
    PRIMARY KEY (run_id, periode, groep, indicator)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS signalen (
    run_id        BIGINT        NOT NULL,
    periode       VARCHAR(10)   NOT NULL,
    gemeente_code CHAR(6)       NOT NULL,
    signaal       VARCHAR(4)    NOT NULL,
    indicator     VARCHAR(4)    NULL,
    dimensie      VARCHAR(200)  NOT NULL DEFAULT '',
    waarde        VARCHAR(40)   NULL,
    norm          VARCHAR(100)  NOT NULL,
    normbron      VARCHAR(200)  NOT NULL,
    tekst         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, periode, gemeente_code, signaal, dimensie)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS indicatorrun_status (
    run_id        BIGINT      NOT NULL,
    periode       VARCHAR(10) NOT NULL,
    gemeente_code CHAR(6)     NOT NULL,
    status        VARCHAR(12) NOT NULL COMMENT 'VOORLOPIG or DEFINITIEF',
    reden         VARCHAR(1000) NULL,
    PRIMARY KEY (run_id, periode, gemeente_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- The contact indicators read contacten per client in date order: an index that covers every column
-- they need lets MariaDB stream it without a row lookup per contact.
ALTER TABLE contacten DROP INDEX contacten_client,
    ADD INDEX contacten_client (client_pseudoniem, actueel, datum, bereikt, kanaal, doel);
