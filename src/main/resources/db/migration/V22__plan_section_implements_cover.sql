-- The plan page counts, for each task of a plan, the units below whose plans carry it out: for a province's plan
-- that is a few thousand task rows of the communes' plans. With the plan id in the index they are read from it alone
-- (index-only), instead of one heap row each; it serves every lookup the narrower index did.
create index plan_section_implements_cover_idx on plan_section (implements_section_id) include (plan_id)
    where implements_section_id is not null;
drop index plan_section_implements_idx;
