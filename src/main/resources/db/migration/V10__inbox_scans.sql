-- What the inbox saw of each delivery folder at its last collection: a delivery without a READY marker is taken
-- only when a later collection sees the same files (names, sizes, times) again, since copies with `sftp -p` or
-- `rsync -t` keep old times and say nothing about whether a file is complete. Also counts failed import attempts,
-- so a delivery that keeps failing is set aside instead of blocking every collection.

CREATE TABLE IF NOT EXISTS inbox_scans (
    inbox      CHAR(64)      CHARACTER SET ascii NOT NULL COMMENT 'SHA-256 of the inbox folder''s real path',
    bron       VARCHAR(255)  NOT NULL,
    map        VARCHAR(255)  NOT NULL,
    lijst      CHAR(64)      CHARACTER SET ascii NOT NULL COMMENT 'SHA-256 over every file''s path, size and time',
    gezien_op  DATETIME(3)   NOT NULL COMMENT 'when this listing was first seen',
    pogingen   INT           NOT NULL DEFAULT 0 COMMENT 'imports of this folder that stopped on an error',
    PRIMARY KEY (inbox, bron, map)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
