create table app_user (
    id                   bigint generated always as identity primary key,
    username             text        not null,
    display_name         text        not null,
    password_hash        text        not null,
    enabled              boolean     not null default true,
    must_change_password boolean     not null default false,
    created_at           timestamptz not null default now(),
    last_login_at        timestamptz,
    version              bigint      not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);
create unique index app_user_username_uk on app_user (username);

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text   not null,
    primary key (user_id, role),
    constraint app_user_role_known check (role in
        ('SYSTEM_ADMIN', 'UNIT_ADMIN', 'DRAFTER', 'LEADER', 'REPORTER', 'REVIEWER', 'VIEWER'))
);
