-- The plan list of a user below the country reads the plans of the units under theirs. By issuer unit that was the
-- ids of every unit of their scope (651 for a merged province) probed one by one in plan_scope_idx, then each plan's
-- row read: most of the list's time. With the issuer's path on the plan, it is one range of this index per unit of
-- the scope, read from the index alone.
alter table plan add column issuer_path text collate "C";
update plan p set issuer_path = u.path from administrative_unit u where u.id = p.issuer_unit_id;
alter table plan alter column issuer_path set not null;

create index plan_scope_path_idx on plan (issuer_path, year desc, updated_at desc, id desc) include (status);

-- The path is the issuer's: set from the unit whenever a plan is written with an issuer, whoever writes it (the
-- application does not map the column), and carried to the unit's plans when the unit moves in the tree (a roster
-- import moves a subtree with one statement over its units).
create function plan_issuer_path() returns trigger language plpgsql as $$
begin
    new.issuer_path := (select path from administrative_unit where id = new.issuer_unit_id);
    return new;
end $$;

create trigger plan_issuer_path_on_insert before insert on plan
    for each row execute function plan_issuer_path();
create trigger plan_issuer_path_on_update before update of issuer_unit_id on plan
    for each row when (old.issuer_unit_id is distinct from new.issuer_unit_id) execute function plan_issuer_path();

create function unit_path_to_plans() returns trigger language plpgsql as $$
begin
    update plan set issuer_path = new.path where issuer_unit_id = new.id;
    return null;
end $$;

create trigger administrative_unit_path_to_plans after update of path on administrative_unit
    for each row when (old.path is distinct from new.path) execute function unit_path_to_plans();
