-- E-mail subscriptions, the report revisions they were told about, and the transactional outbox (issue 14).

-- Who wants which mail: an address, a topic (raad, toezicht, jaaroverzicht, dossier, controller) and a scope:
-- the municipalities in gemeenten (comma-separated codes), or the members of gr_code, or all when both are NULL.
CREATE TABLE IF NOT EXISTS abonnementen (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254)  NOT NULL,
    doelgroep       VARCHAR(20)   NOT NULL,
    gemeenten       VARCHAR(2000) NULL,
    gr_code         VARCHAR(64)   NULL,
    aangemaakt      DATETIME(3)   NOT NULL,
    aangemaakt_door VARCHAR(200)  NULL,
    KEY abonnementen_doelgroep (doelgroep)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every archived report revision the mail knows about, recorded in the transaction that writes its messages,
-- so a revision is announced once whatever the number of times it is published again.
CREATE TABLE IF NOT EXISTS gepubliceerde_revisies (
    map        VARCHAR(700) NOT NULL PRIMARY KEY COMMENT 'absolute path of the revision folder',
    periode    VARCHAR(20)  NOT NULL,
    scope      VARCHAR(200) NOT NULL,
    revisie    INT          NOT NULL,
    doelgroep  VARCHAR(20)  NOT NULL,
    run_id     BIGINT       NOT NULL,
    vastgelegd DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: one row per e-mail, written in the transaction that records the publication or the event,
-- delivered by the sender with retry and back-off. sleutel makes every mail once-only.
CREATE TABLE IF NOT EXISTS mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sleutel         VARCHAR(700)  NOT NULL,
    message_id      VARCHAR(200)  NOT NULL,
    soort           VARCHAR(20)   NOT NULL COMMENT 'RAPPORT or MELDING',
    abonnement_id   BIGINT        NULL,
    scope           VARCHAR(200)  NOT NULL COMMENT 'what the mail is about, for the rate limit and the listing',
    ontvanger       VARCHAR(254)  NOT NULL,
    onderwerp       VARCHAR(500)  NOT NULL,
    tekst           MEDIUMTEXT    NOT NULL,
    html            MEDIUMTEXT    NOT NULL,
    bijlage_naam    VARCHAR(255)  NULL,
    bijlage_pad     VARCHAR(1000) NULL,
    bijlage_sha256  CHAR(64)      NULL,
    status          VARCHAR(20)   NOT NULL COMMENT 'WACHTEND, VERZONDEN, MISLUKT or BEPERKT',
    pogingen        INT           NOT NULL DEFAULT 0,
    volgende_poging DATETIME(3)   NOT NULL,
    aangemaakt      DATETIME(3)   NOT NULL,
    verzonden       DATETIME(3)   NULL,
    laatste_fout    VARCHAR(1000) NULL,
    UNIQUE KEY mail_outbox_sleutel (sleutel),
    UNIQUE KEY mail_outbox_message_id (message_id),
    KEY mail_outbox_wachtend (status, volgende_poging),
    KEY mail_outbox_abonnement (abonnement_id, soort, aangemaakt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
