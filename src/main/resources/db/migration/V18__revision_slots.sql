-- One counter row per kind of data was a lock that every transaction writing those tables queued on until the one
-- before it committed: for the attainment (V10) every accepted report, figure override, local target and unit edit
-- of the country, one after another. Each kind now has eight slots; a writing transaction moves the slot of its own
-- transaction id, so concurrent writers seldom meet on one row, and readers take the sum. The sum moves with every
-- committed change (slots only grow) and, unlike a sequence, only once the change is committed and visible, so a
-- node never keeps a value computed from data older than the revision it files it under.
alter table reference_revision add column slot smallint not null default 0;
alter table reference_revision drop constraint reference_revision_pkey;
alter table reference_revision add primary key (name, slot);
alter table reference_revision add constraint reference_revision_slot check (slot between 0 and 7);
insert into reference_revision (name, slot, revision)
select name, slot, 0 from (values ('roster'), ('catalogue')) kinds(name), generate_series(1, 7) slot;
insert into reference_revision (name, slot, revision)
select 'attainment', slot, 0 from generate_series(0, 7) slot;

create or replace function reference_revision_bump() returns trigger language plpgsql as $$
begin
    update reference_revision set revision = revision + 1
    where name = tg_argv[0] and slot = (txid_current() % 8)::smallint;
    return null;
end
$$;

-- The attainment's own counter (V10) becomes the kind 'attainment' of the same mechanism.
drop trigger indicator_value_revision on indicator_value;
drop trigger indicator_override_revision on indicator_override;
drop trigger indicator_local_target_revision on indicator_local_target;
drop trigger indicator_target_revision on indicator_target;
drop trigger indicator_goal_revision on indicator_goal;
drop trigger administrative_unit_indicator_revision on administrative_unit;
drop trigger unit_link_indicator_revision on unit_link;
drop function indicator_revision_bump();
drop table indicator_revision;

create trigger indicator_value_attainment_revision after insert or update or delete or truncate on indicator_value
    for each statement execute function reference_revision_bump('attainment');
create trigger indicator_override_attainment_revision after insert or update or delete or truncate on indicator_override
    for each statement execute function reference_revision_bump('attainment');
create trigger indicator_local_target_attainment_revision after insert or update or delete or truncate
    on indicator_local_target for each statement execute function reference_revision_bump('attainment');
create trigger indicator_target_attainment_revision after insert or update or delete or truncate on indicator_target
    for each statement execute function reference_revision_bump('attainment');
create trigger indicator_goal_attainment_revision after insert or update or delete or truncate on indicator_goal
    for each statement execute function reference_revision_bump('attainment');
create trigger administrative_unit_attainment_revision after insert or update or delete or truncate
    on administrative_unit for each statement execute function reference_revision_bump('attainment');
create trigger unit_link_attainment_revision after insert or update or delete or truncate on unit_link
    for each statement execute function reference_revision_bump('attainment');
