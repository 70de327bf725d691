--liquibase formatted sql

--changeset jifen:2026-12-03-score-result-rank-at-read
-- Unit ranks are counted when a row is read, not stored (score/ScoreStore.RANK_COLUMNS): a row keeps what it is
-- ranked on (rank_basis: the total before the cap, or the scheme's basis category) and among whom (rank_group: the
-- status group's label, '' = everybody; null = not ranked), and its rank is 1 + the rows of its rank unit, level,
-- period and group ranked higher. A few members' new points used to rewrite the ranks of most of their unit's rows
-- (175,000 rows after 5 % of 100,000 members got an entry, docs/performance.md round 10); now only their own rows.
alter table score_result add column rank_group varchar(100), add column rank_basis decimal(11, 2);
-- Rows stored before: under the default ranking rule (everybody together on the total) the basis is the raw total;
-- rows of schemes ranking on a category or by status group stay unranked until their next recompute. Every row's
-- fingerprint is cleared so that recompute rewrites it with its basis.
update score_result r join scheme_version v on v.id = r.scheme_version_id
set r.rank_group = '', r.rank_basis = r.raw_total
where r.unit_rank is not null and json_value(v.document, '$.scheme.ranking.basisCategoryId') is null
  and coalesce(json_length(v.document, '$.scheme.ranking.statusGroups'), 0) = 0;
update score_result set figures = null;
alter table score_result drop column unit_rank, drop column unit_size;
-- the count behind each rank: an index range of the row's unit, level, period and group above its basis
drop index ix_score_result_unit on score_result;
create index ix_score_result_unit on score_result (rank_unit_id, level, period_start, rank_group, rank_basis);
--rollback drop index ix_score_result_unit on score_result;
--rollback create index ix_score_result_unit on score_result (rank_unit_id, level, period_start);
--rollback alter table score_result add column unit_rank int after tier_name, add column unit_size int after unit_rank;
--rollback alter table score_result drop column rank_group, drop column rank_basis;
