-- Accounts of the web console (issue 13): who may sign in, with which role, for which municipalities.
-- Safe to repeat, as every migration: a start killed while migrating completes the next time.
CREATE TABLE IF NOT EXISTS gebruikers (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    naam               VARCHAR(100) NOT NULL,
    rol                VARCHAR(20)  NOT NULL COMMENT 'raad, toezicht, controller, toetser or beheerder',
    alle_gemeenten     TINYINT      NOT NULL DEFAULT 0 COMMENT '1: every municipality (a national supervisor)',
    gr_code            VARCHAR(64)  NULL COMMENT 'the scope is the current members of this GR',
    wachtwoord_hash    VARCHAR(500) NULL COMMENT 'Spring Security delegating format, {bcrypt}...',
    actief             TINYINT      NOT NULL DEFAULT 1,
    mislukte_pogingen  INT          NOT NULL DEFAULT 0,
    geblokkeerd_tot    DATETIME(3)  NULL COMMENT 'UTC; sign-in refused until then after repeated failures',
    aangemaakt         DATETIME(3)  NOT NULL COMMENT 'UTC',
    gewijzigd          DATETIME(3)  NOT NULL COMMENT 'UTC',
    UNIQUE KEY gebruikers_naam (naam)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS gebruiker_gemeenten (
    gebruiker_id   BIGINT  NOT NULL,
    gemeente_code  CHAR(6) NOT NULL,
    PRIMARY KEY (gebruiker_id, gemeente_code),
    CONSTRAINT gebruiker_gemeenten_gebruiker FOREIGN KEY (gebruiker_id) REFERENCES gebruikers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
