-- Failed sign-ins, per username (known or not, so that the answer never tells whether an account exists) and per
-- client address. Kept in the database so that every application node applies the same waits and locks.
create table sign_in_guard (
    kind            text        not null,
    subject         text        not null,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    not_before      timestamptz,
    locked_until    timestamptz,
    primary key (kind, subject),
    constraint sign_in_guard_kind check (kind in ('USERNAME', 'ADDRESS'))
);
create index sign_in_guard_last_failure_idx on sign_in_guard (last_failure_at);

-- Raised by every password change or reset: a session signed in before it is ended on its next request, whatever
-- store keeps the sessions.
alter table app_user add column credentials_version integer not null default 0;
