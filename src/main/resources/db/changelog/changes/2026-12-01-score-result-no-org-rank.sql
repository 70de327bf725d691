--liquibase formatted sql

--changeset jifen:2026-12-01-score-result-no-org-rank
-- Nothing reads an organization-wide rank: scoreboards, statements, 公示, exports and printouts show the rank in the
-- rank unit (unit_rank), and a subtree's order is its scoreboard sorted by total. Each writer filled org_rank with a
-- different meaning (the subtree for the recompute, the unit for the incremental update), and keeping it current
-- cost the recompute a second pass over the subtree that rewrote nearly every row when a few totals moved
-- (docs/performance.md, round 8).
alter table score_result drop column org_rank;
--rollback alter table score_result add column org_rank int after unit_size;
