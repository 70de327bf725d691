--liquibase formatted sql

--changeset jifen:2026-12-01-score-result-figures
-- A fingerprint of each result's figures but its unit rank (score/Figures), written with the row: a recompute reads
-- it instead of every column to tell which rows changed. Rows stored before have none and are rewritten once.
alter table score_result add column figures bigint;
--rollback alter table score_result drop column figures;
