-- Operations (issue 5): the audit trail and the decisions controllers take on held deliveries.
-- The Quartz tables already exist (V2__quartz); Quartz never creates or drops tables itself.

-- Every controller action and every publication, appended and never updated or deleted by the
-- application. Each row carries the hash of the row before it and its own hash over both, so a row
-- changed or removed by hand breaks the chain from that row on ("audit verify" names it).
CREATE TABLE IF NOT EXISTS audit_trail (
    id          BIGINT        NOT NULL PRIMARY KEY COMMENT 'consecutive, assigned under a named lock',
    tijdstip    DATETIME(3)   NOT NULL COMMENT 'UTC',
    wie         VARCHAR(100)  NOT NULL COMMENT 'OS user, --as, or planner:<job>',
    actie       VARCHAR(200)  NOT NULL,
    parameters  TEXT          NOT NULL,
    resultaat   TEXT          NOT NULL,
    vorige_hash CHAR(64)      CHARACTER SET ascii NOT NULL,
    hash        CHAR(64)      CHARACTER SET ascii NOT NULL,
    KEY audit_trail_tijdstip (tijdstip)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A controller's decision on a held delivery: accepted after all, or rejected, with the reason.
CREATE TABLE IF NOT EXISTS leveringsbesluiten (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    levering_id CHAR(64)      CHARACTER SET ascii NOT NULL,
    besluit     VARCHAR(16)   NOT NULL COMMENT 'GEACCEPTEERD or GEWEIGERD',
    reden       VARCHAR(2000) NOT NULL,
    wie         VARCHAR(100)  NOT NULL,
    tijdstip    DATETIME(3)   NOT NULL COMMENT 'UTC',
    KEY leveringsbesluiten_levering (levering_id),
    CONSTRAINT leveringsbesluiten_levering FOREIGN KEY (levering_id) REFERENCES leveringen (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
