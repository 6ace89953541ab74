-- Domain schema: deliveries, their files and rejected lines, and every canonical entity of IMPORT.md.
--
-- Every entity table keeps all versions of a record. The natural key within its source (bron) is
-- stored once as `sleutel`; `actueel` is 1 for the current version and NULL for a replaced one, so
-- UNIQUE (bron, sleutel, actueel) allows exactly one current version and any number of older ones.
-- Each version records the delivery, file and line it came from.

CREATE TABLE IF NOT EXISTS gemeenten (
    code        CHAR(6)      NOT NULL PRIMARY KEY,
    naam        VARCHAR(100) NOT NULL,
    geldig_van  DATE         NOT NULL,
    geldig_tot  DATE         NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS leveringen (
    id                  CHAR(64)      CHARACTER SET ascii NOT NULL PRIMARY KEY COMMENT 'SHA-256 of source and files',
    bron                VARCHAR(64)   NOT NULL,
    periode             VARCHAR(10)   NULL,
    omschrijving        VARCHAR(500)  NULL,
    map                 VARCHAR(1000) NOT NULL,
    aangemaakt          DATETIME(3)   NOT NULL,
    afgerond            DATETIME(3)   NULL,
    status              VARCHAR(16)   NOT NULL COMMENT 'BEZIG, GEACCEPTEERD, GEBLOKKEERD, GEWEIGERD',
    regels_gelezen      BIGINT        NULL,
    regels_geimporteerd BIGINT        NULL,
    regels_afgewezen    BIGINT        NULL,
    max_afwijzing       DECIMAL(6,4)  NULL COMMENT 'reject share above which the delivery is held',
    KEY leveringen_bron (bron, aangemaakt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS leveringsbestanden (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    levering_id         CHAR(64)      CHARACTER SET ascii NOT NULL,
    naam                VARCHAR(255)  NOT NULL,
    entiteit            VARCHAR(32)   NULL,
    sha256              CHAR(64)      CHARACTER SET ascii NOT NULL,
    bytes               BIGINT        NOT NULL,
    status              VARCHAR(16)   NOT NULL COMMENT 'TE_IMPORTEREN, GEIMPORTEERD, GEWEIGERD',
    melding             VARCHAR(2000) NULL COMMENT 'why the file was refused, Dutch',
    melding_en          VARCHAR(2000) NULL COMMENT 'why the file was refused, English',
    genegeerde_kolommen VARCHAR(2000) NULL,
    regels_gelezen      BIGINT        NULL,
    regels_geimporteerd BIGINT        NULL,
    regels_afgewezen    BIGINT        NULL,
    UNIQUE KEY leveringsbestanden_naam (levering_id, naam),
    CONSTRAINT leveringsbestanden_levering FOREIGN KEY (levering_id) REFERENCES leveringen (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS afwijzingen (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    levering_id CHAR(64)      CHARACTER SET ascii NOT NULL,
    bestand_id  BIGINT        NOT NULL,
    regel       BIGINT        NOT NULL,
    kolom       VARCHAR(100)  NULL,
    waarde      VARCHAR(255)  NULL COMMENT 'never a raw client id or BSN',
    reden       VARCHAR(1000) NOT NULL,
    reden_en    VARCHAR(1000) NOT NULL,
    KEY afwijzingen_bestand (bestand_id, regel),
    KEY afwijzingen_levering (levering_id, bestand_id, regel),
    CONSTRAINT afwijzingen_bestand FOREIGN KEY (bestand_id) REFERENCES leveringsbestanden (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The provenance columns every entity table starts with are written out per table: MariaDB has no
-- table inheritance, and the explicit form is what a reviewer reads.

CREATE TABLE IF NOT EXISTS organisaties (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron             VARCHAR(64)  NOT NULL,
    sleutel          VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel          TINYINT      NULL,
    levering_id      CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id       BIGINT       NOT NULL,
    regel            BIGINT       NOT NULL,
    vervangen_door   CHAR(64)     CHARACTER SET ascii NULL,
    organisatie_code VARCHAR(64)  NOT NULL,
    naam             VARCHAR(255) NOT NULL,
    soort            VARCHAR(16)  NOT NULL,
    UNIQUE KEY organisaties_versie (bron, sleutel, actueel),
    KEY organisaties_code (organisatie_code, actueel),
    KEY organisaties_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS gr_lidmaatschappen (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron             VARCHAR(64)  NOT NULL,
    sleutel          VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel          TINYINT      NULL,
    levering_id      CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id       BIGINT       NOT NULL,
    regel            BIGINT       NOT NULL,
    vervangen_door   CHAR(64)     CHARACTER SET ascii NULL,
    gr_code          VARCHAR(64)  NOT NULL,
    gemeente_code    CHAR(6)      NOT NULL,
    geldig_van       DATE         NOT NULL,
    geldig_tot       DATE         NULL,
    UNIQUE KEY gr_lidmaatschappen_versie (bron, sleutel, actueel),
    KEY gr_lidmaatschappen_gemeente (gemeente_code, actueel),
    KEY gr_lidmaatschappen_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS clienten (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron                 VARCHAR(64)  NOT NULL,
    sleutel              VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel              TINYINT      NULL,
    levering_id          CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id           BIGINT       NOT NULL,
    regel                BIGINT       NOT NULL,
    vervangen_door       CHAR(64)     CHARACTER SET ascii NULL,
    client_pseudoniem    CHAR(64)     CHARACTER SET ascii NOT NULL COMMENT 'HMAC-SHA-256 of the source id or BSN',
    gemeente_code        CHAR(6)      NOT NULL,
    start_uitkering      DATE         NOT NULL,
    einde_uitkering      DATE         NULL COMMENT 'exclusive',
    geboortejaar         SMALLINT     NULL,
    route                VARCHAR(16)  NOT NULL,
    vaste_contactpersoon BOOLEAN      NULL,
    uitvoerder_code      VARCHAR(64)  NULL,
    UNIQUE KEY clienten_versie (bron, sleutel, actueel),
    KEY clienten_pseudoniem (client_pseudoniem, actueel),
    KEY clienten_gemeente (gemeente_code, actueel, start_uitkering),
    KEY clienten_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS contacten (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron              VARCHAR(64)  NOT NULL,
    sleutel           VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel           TINYINT      NULL,
    levering_id       CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id        BIGINT       NOT NULL,
    regel             BIGINT       NOT NULL,
    vervangen_door    CHAR(64)     CHARACTER SET ascii NULL,
    contact_id        VARCHAR(64)  NOT NULL,
    client_pseudoniem CHAR(64)     CHARACTER SET ascii NOT NULL,
    datum             DATE         NOT NULL,
    kanaal            VARCHAR(16)  NOT NULL,
    doel              VARCHAR(16)  NOT NULL,
    bereikt           BOOLEAN      NOT NULL,
    organisatie_code  VARCHAR(64)  NULL,
    UNIQUE KEY contacten_versie (bron, sleutel, actueel),
    KEY contacten_client (client_pseudoniem, datum),
    KEY contacten_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS klachten (
    id                                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron                              VARCHAR(64)  NOT NULL,
    sleutel                           VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel                           TINYINT      NULL,
    levering_id                       CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id                        BIGINT       NOT NULL,
    regel                             BIGINT       NOT NULL,
    vervangen_door                    CHAR(64)     CHARACTER SET ascii NULL,
    klacht_id                         VARCHAR(64)  NOT NULL,
    gemeente_code                     CHAR(6)      NOT NULL,
    ontvangen                         DATE         NOT NULL,
    schriftelijk                      BOOLEAN      NOT NULL,
    kanaal                            VARCHAR(16)  NULL,
    onderwerp                         VARCHAR(24)  NOT NULL,
    gedragende_organisatie            VARCHAR(64)  NULL,
    behandelende_organisatie          VARCHAR(64)  NULL,
    ontvangst_bevestigd               DATE         NULL,
    adviescommissie                   BOOLEAN      NOT NULL,
    verdaagd_op                       DATE         NULL,
    afgehandeld                       DATE         NULL,
    uitkomst                          VARCHAR(24)  NULL,
    doorgezonden_zonder_betrokkenheid BOOLEAN      NULL,
    ombudsman_ingediend               DATE         NULL,
    ombudsman_oordeel                 VARCHAR(24)  NULL,
    UNIQUE KEY klachten_versie (bron, sleutel, actueel),
    KEY klachten_gemeente (gemeente_code, actueel),
    KEY klachten_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS adviesorganen (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron              VARCHAR(64)  NOT NULL,
    sleutel           VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel           TINYINT      NULL,
    levering_id       CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id        BIGINT       NOT NULL,
    regel             BIGINT       NOT NULL,
    vervangen_door    CHAR(64)     CHARACTER SET ascii NULL,
    orgaan_id         VARCHAR(64)  NOT NULL,
    naam              VARCHAR(255) NOT NULL,
    soort             VARCHAR(24)  NOT NULL,
    peildatum         DATE         NOT NULL,
    verordening_datum DATE         NULL,
    werkafspraken     BOOLEAN      NULL,
    laatste_evaluatie DATE         NULL,
    zetels            INT          NULL,
    bezette_zetels    INT          NULL,
    leden_pw_client   INT          NULL,
    fac_budget        BOOLEAN      NULL,
    fac_achterban     BOOLEAN      NULL,
    fac_beleidsagenda BOOLEAN      NULL,
    fac_contactpersoon BOOLEAN     NULL,
    fac_voorzitter    BOOLEAN      NULL,
    fac_secretaris    BOOLEAN      NULL,
    fac_locatie       BOOLEAN      NULL,
    UNIQUE KEY adviesorganen_versie (bron, sleutel, actueel),
    KEY adviesorganen_orgaan (orgaan_id, actueel, peildatum),
    KEY adviesorganen_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS adviesorgaan_dekking (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron           VARCHAR(64)  NOT NULL,
    sleutel        VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel        TINYINT      NULL,
    levering_id    CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id     BIGINT       NOT NULL,
    regel          BIGINT       NOT NULL,
    vervangen_door CHAR(64)     CHARACTER SET ascii NULL,
    orgaan_id      VARCHAR(64)  NOT NULL,
    gemeente_code  CHAR(6)      NOT NULL,
    geldig_van     DATE         NOT NULL,
    geldig_tot     DATE         NULL,
    UNIQUE KEY adviesorgaan_dekking_versie (bron, sleutel, actueel),
    KEY adviesorgaan_dekking_gemeente (gemeente_code, actueel),
    KEY adviesorgaan_dekking_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS adviezen (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron                 VARCHAR(64)  NOT NULL,
    sleutel              VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel              TINYINT      NULL,
    levering_id          CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id           BIGINT       NOT NULL,
    regel                BIGINT       NOT NULL,
    vervangen_door       CHAR(64)     CHARACTER SET ascii NULL,
    advies_id            VARCHAR(64)  NOT NULL,
    orgaan_id            VARCHAR(64)  NOT NULL,
    soort                VARCHAR(16)  NOT NULL,
    onderwerp            VARCHAR(16)  NOT NULL,
    titel                VARCHAR(500) NULL,
    gevraagd_op          DATE         NULL,
    uitgebracht_op       DATE         NOT NULL,
    betrokkenheid        VARCHAR(16)  NULL,
    reactietermijn_dagen INT          NULL,
    UNIQUE KEY adviezen_versie (bron, sleutel, actueel),
    KEY adviezen_advies (advies_id, actueel),
    KEY adviezen_orgaan (orgaan_id, actueel, uitgebracht_op),
    KEY adviezen_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS advies_reacties (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bron           VARCHAR(64)  NOT NULL,
    sleutel        VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    actueel        TINYINT      NULL,
    levering_id    CHAR(64)     CHARACTER SET ascii NOT NULL,
    bestand_id     BIGINT       NOT NULL,
    regel          BIGINT       NOT NULL,
    vervangen_door CHAR(64)     CHARACTER SET ascii NULL,
    advies_id      VARCHAR(64)  NOT NULL,
    gemeente_code  CHAR(6)      NOT NULL,
    reactie_datum  DATE         NULL,
    uitkomst       VARCHAR(24)  NULL,
    gemotiveerd    BOOLEAN      NULL,
    schriftelijk   BOOLEAN      NULL,
    UNIQUE KEY advies_reacties_versie (bron, sleutel, actueel),
    KEY advies_reacties_advies (advies_id, gemeente_code, actueel),
    KEY advies_reacties_levering (levering_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
