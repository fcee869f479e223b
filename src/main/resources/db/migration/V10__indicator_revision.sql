-- Attainment is computed from figures, overrides, targets and the unit map, and the computation for the whole country
-- reads every commune's figures (about half a second). It is kept in memory by each application node for as long as
-- nothing it depends on has changed; this counter says whether anything has, on every node alike. Triggers rather
-- than application code move it, so that no way of writing those tables (imports, scripts) can be forgotten.
create table indicator_revision (
    id       integer primary key,
    revision bigint  not null,
    constraint indicator_revision_single check (id = 1)
);
insert into indicator_revision (id, revision) values (1, 0);

create function indicator_revision_bump() returns trigger language plpgsql as $$
begin
    update indicator_revision set revision = revision + 1 where id = 1;
    return null;
end
$$;

create trigger indicator_value_revision after insert or update or delete or truncate on indicator_value
    for each statement execute function indicator_revision_bump();
create trigger indicator_override_revision after insert or update or delete or truncate on indicator_override
    for each statement execute function indicator_revision_bump();
create trigger indicator_local_target_revision after insert or update or delete or truncate on indicator_local_target
    for each statement execute function indicator_revision_bump();
create trigger indicator_target_revision after insert or update or delete or truncate on indicator_target
    for each statement execute function indicator_revision_bump();
create trigger indicator_goal_revision after insert or update or delete or truncate on indicator_goal
    for each statement execute function indicator_revision_bump();
create trigger administrative_unit_indicator_revision after insert or update or delete or truncate on administrative_unit
    for each statement execute function indicator_revision_bump();
create trigger unit_link_indicator_revision after insert or update or delete or truncate on unit_link
    for each statement execute function indicator_revision_bump();
