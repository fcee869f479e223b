-- Versions for the indicator forms, so that two people editing at once get a conflict instead of a silent lost update.

-- A unit's own figure for a target and year: the row's version.
alter table indicator_override add column version bigint not null default 0;

-- A unit's local targets are edited as one page: one version per unit, moved by every save.
create table indicator_local_target_version (
    unit_id    bigint      primary key references administrative_unit (id),
    version    bigint      not null,
    updated_at timestamptz not null,
    updated_by text        not null
);
