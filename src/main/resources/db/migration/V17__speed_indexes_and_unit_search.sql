-- Foreign keys without an index of their own. Deleting a plan's section made PostgreSQL check the 1.2 million
-- report entries and the 900,000 sections of the national database for rows pointing at it, one sequential scan
-- each; reports by reporting agency and plans by drafting agency are also looked up from the agency's side.
create index report_entry_section_idx on report_entry (section_id);
create index plan_section_parent_idx on plan_section (parent_id) where parent_id is not null;
create index report_reporter_agency_idx on report (reporter_agency_id) where reporter_agency_id is not null;
create index plan_drafting_agency_idx on plan (drafting_agency_id);
create index plan_reporting_requirement_receiver_idx on plan_reporting_requirement (receiver_agency_id);
create index agency_successor_idx on agency (successor_id) where successor_id is not null;
create index unit_link_reorganisation_idx on unit_link (reorganisation_id) where reorganisation_id is not null;
create index report_source_source_idx on report_source (source_report_id);
create index plan_parent_change_previous_idx on plan_parent_change (previous_plan_id);
create index plan_parent_change_amendment_idx on plan_parent_change (amendment_id);
create index report_contribution_section_idx on report_contribution (section_id);
create index indicator_local_target_target_idx on indicator_local_target (target_id);
create index indicator_override_target_idx on indicator_override (target_id);

-- The unit autocomplete matches the folded name of every unit valid today: computing f_unaccent() on each of them
-- at every keystroke cost more than the rest of the request. The folded name is kept beside the name instead.
alter table administrative_unit add column search_name text generated always as (f_unaccent(full_name)) stored;
drop index administrative_unit_search_idx;
create index administrative_unit_search_idx on administrative_unit using gin (search_name gin_trgm_ops);

-- "Under this unit" is a range of paths (the column's collation is C): written as one, it uses this index also in
-- the generic plans of prepared statements, where "path like :prefix" cannot.
create index administrative_unit_path_range_idx on administrative_unit (path);

-- Reference data every page reads (units, agencies, the strategy catalogue) is kept in memory by each node while
-- these counters stay the same (ReferenceRevisions). As for the attainment (V10), triggers move them, so that no
-- way of writing the tables (pages, imports, scripts, another node) can be forgotten.
create table reference_revision (
    name     text primary key,
    revision bigint not null
);
insert into reference_revision (name, revision) values ('roster', 0), ('catalogue', 0);

create function reference_revision_bump() returns trigger language plpgsql as $$
begin
    update reference_revision set revision = revision + 1 where name = tg_argv[0];
    return null;
end
$$;

create trigger administrative_unit_reference_revision after insert or update or delete or truncate on administrative_unit
    for each statement execute function reference_revision_bump('roster');
create trigger agency_reference_revision after insert or update or delete or truncate on agency
    for each statement execute function reference_revision_bump('roster');
create trigger focal_agency_reference_revision after insert or update or delete or truncate on focal_agency
    for each statement execute function reference_revision_bump('roster');
create trigger unit_link_reference_revision after insert or update or delete or truncate on unit_link
    for each statement execute function reference_revision_bump('roster');
create trigger indicator_goal_reference_revision after insert or update or delete or truncate on indicator_goal
    for each statement execute function reference_revision_bump('catalogue');
create trigger indicator_target_reference_revision after insert or update or delete or truncate on indicator_target
    for each statement execute function reference_revision_bump('catalogue');
