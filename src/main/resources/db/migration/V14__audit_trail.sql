-- The audit trail: who did what, when, from where, in which unit, to which object, with the values before and after.
-- Append-only: the application only inserts, a trigger refuses every UPDATE, DELETE and TRUNCATE (even by the table's
-- owner or a superuser), and the privileges to do so are revoked where the database lets us.
create table audit_event (
    id             bigint generated always as identity primary key,
    at             timestamptz not null,
    action         text        not null,
    object_type    text        not null,
    object_id      text,
    actor_id       bigint,
    actor_username text,
    actor_name     text,
    address        text,
    unit_id        bigint,
    unit_path      text,
    unit_name      text,
    summary        text,
    before_value   jsonb,
    after_value    jsonb
);
create index audit_event_at_idx on audit_event (at desc, id desc);
create index audit_event_unit_path_idx on audit_event (unit_path text_pattern_ops);
create index audit_event_object_idx on audit_event (object_type, object_id);
create index audit_event_actor_idx on audit_event
    using gin (f_unaccent(coalesce(actor_name, '') || ' ' || coalesce(actor_username, '')) gin_trgm_ops);

create function audit_event_is_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

revoke update, delete, truncate on audit_event from public;

-- An ordinary owner loses the privileges too; a superuser (the embedded server's) ignores privileges, so there the
-- triggers are what holds.
do $$
begin
    if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('revoke update, delete, truncate on audit_event from %I', current_user);
    end if;
end
$$;
