-- The plan list of a user below the country reads the plans in their scope as narrow rows from this index alone
-- (index-only scans): the units under theirs by issuer, with what the list orders and filters by. A merged province
-- sees over a thousand plans of its predecessors; reading each plan's row for them took most of the list's time.
-- It also serves every lookup by issuer unit (and year) that the narrower index did.
create index plan_scope_idx on plan (issuer_unit_id, year desc, updated_at desc, id desc) include (status);
drop index plan_issuer_unit_idx;

-- The beginning of each plan's folded text (its title comes first), short enough to be stored uncompressed in the
-- row: the search tries it before the whole text, whose decompression and scan cost most of a search when, as for
-- the usual words, nearly every plan in scope matches in its title. A plan that does not match there is still
-- searched in full, so the results are the same.
alter table plan add column search_head text generated always as (left(search_text, 300)) stored;
