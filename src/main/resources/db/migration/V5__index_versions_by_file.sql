-- Counting what an import stored per file (read = imported + rejected) must not scan the whole table:
-- index every entity table on the delivery and file each version came from.

ALTER TABLE organisaties DROP INDEX organisaties_levering, ADD INDEX organisaties_levering (levering_id, bestand_id);
ALTER TABLE gr_lidmaatschappen DROP INDEX gr_lidmaatschappen_levering, ADD INDEX gr_lidmaatschappen_levering (levering_id, bestand_id);
ALTER TABLE clienten DROP INDEX clienten_levering, ADD INDEX clienten_levering (levering_id, bestand_id);
ALTER TABLE contacten DROP INDEX contacten_levering, ADD INDEX contacten_levering (levering_id, bestand_id);
ALTER TABLE klachten DROP INDEX klachten_levering, ADD INDEX klachten_levering (levering_id, bestand_id);
ALTER TABLE adviesorganen DROP INDEX adviesorganen_levering, ADD INDEX adviesorganen_levering (levering_id, bestand_id);
ALTER TABLE adviesorgaan_dekking DROP INDEX adviesorgaan_dekking_levering, ADD INDEX adviesorgaan_dekking_levering (levering_id, bestand_id);
ALTER TABLE adviezen DROP INDEX adviezen_levering, ADD INDEX adviezen_levering (levering_id, bestand_id);
ALTER TABLE advies_reacties DROP INDEX advies_reacties_levering, ADD INDEX advies_reacties_levering (levering_id, bestand_id);
