-- Source adapters (config/sources/*.yml): provenance of mapped deliveries, snapshot withdrawals and the
-- incremental watermark of database sources.

-- The SHA-256 of the source definition a delivery was mapped with; NULL for a canonical delivery.
ALTER TABLE leveringen ADD COLUMN IF NOT EXISTS bron_definitie CHAR(64) CHARACTER SET ascii NULL
    COMMENT 'SHA-256 of the source definition file, NULL for canonical deliveries';

-- A snapshot delivery that no longer holds a record gives it a new current version marked as withdrawn
-- on that date (never a deletion; the earlier versions stay). Such a version comes from no line: its
-- regel is 0 and its levering_id and bestand_id are the snapshot's. A client's withdrawal also ends its
-- benefit (einde_uitkering), a membership's or coverage's ends its geldig_tot, where they were open.
ALTER TABLE organisaties ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE gr_lidmaatschappen ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE clienten ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE contacten ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE klachten ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE adviesorganen ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE adviesorgaan_dekking ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE adviezen ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';
ALTER TABLE advies_reacties ADD COLUMN IF NOT EXISTS ingetrokken DATE NULL COMMENT 'absent from a snapshot of its source since';

-- Per database source: everything changed up to `tot` has been imported. Moved on only after the import
-- of the rows read up to it completed, so a failed run is read again by the next one.
CREATE TABLE IF NOT EXISTS bron_watermerken (
    bron        VARCHAR(64)  NOT NULL PRIMARY KEY,
    tot         DATETIME(3)  NOT NULL COMMENT 'the :until of the last completed run',
    levering_id CHAR(64)     CHARACTER SET ascii NULL COMMENT 'the delivery that run imported',
    bijgewerkt  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
