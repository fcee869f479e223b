-- Diacritic-insensitive search ("dak cam" finds "Đăk Cấm") needs unaccent, fuzzy search needs pg_trgm.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it depends on the search path and dictionary), so it cannot be used in an index.
-- This wrapper pins the dictionary and is declared IMMUTABLE so that expression indexes can use it.
-- It also folds case and the Vietnamese letter đ/Đ (which unaccent maps to d/D) in one call.
create or replace function f_unaccent(value text) returns text
    language sql immutable parallel safe strict
as $$
    select lower(public.unaccent('public.unaccent'::regdictionary, value))
$$;
