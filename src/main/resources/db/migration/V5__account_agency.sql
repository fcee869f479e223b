-- Each account belongs to one agency (a system administrator may have none).
alter table app_user add column agency_id bigint references agency (id);
alter table app_user add column email text;
alter table app_user add column phone text;
alter table app_user add column disabled_reason text;
create index app_user_agency_idx on app_user (agency_id);
create index app_user_search_idx on app_user using gin (f_unaccent(display_name || ' ' || username) gin_trgm_ops);
