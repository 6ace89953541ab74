-- The case-management schema the example source voorbeeld-zaaksysteem reads. Tests create it in their
-- own database (CI's user has rights on that one database only), so the tables carry a prefix.
CREATE TABLE IF NOT EXISTS zaaksysteem_klant (
    id  BIGINT      NOT NULL PRIMARY KEY,
    bsn VARCHAR(9)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS zaaksysteem_contactmoment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    klant_id     BIGINT       NOT NULL,
    datum        DATE         NOT NULL,
    tijd         TIME         NULL,
    kanaal       VARCHAR(40)  NOT NULL,
    reden        VARCHAR(40)  NOT NULL,
    resultaat    VARCHAR(40)  NOT NULL,
    notitie      VARCHAR(2000) NULL COMMENT 'free text: never read by the source definition',
    gewijzigd_op DATETIME(3)  NOT NULL,
    KEY zaaksysteem_contactmoment_gewijzigd (gewijzigd_op)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
