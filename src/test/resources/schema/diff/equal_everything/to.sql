-- equal_everything/from.sql again, keywords in lower case and indented differently: nothing to diff.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

create extension if not exists citext;
create schema app;

create type public.mood as enum ('happy', 'ok', 'sad');
comment on type public.mood is 'How it went';
create sequence public.invoice_numbers start 1000 increment 10 cache 5;

create table public.users (
  id bigint generated always as identity primary key,
  handle citext not null unique,
  email varchar(200) not null,
  mood public.mood default 'ok',
  score numeric(8,2) not null default 0 check (score >= 0),
  name text collate "C",
  created_at timestamptz not null default now(),
  search text generated always as (lower(email)) stored
);
comment on table public.users is 'People who sign in';
comment on column public.users.email is 'Where we write';
create index users_created_idx on public.users (created_at desc) include (email);
create unique index users_email_idx on public.users (lower(email)) where created_at > '2020-01-01';

create table app.invoices (
  id serial primary key,
  number integer not null default nextval('public.invoice_numbers'),
  user_id bigint not null references public.users (id) on delete cascade deferrable initially deferred,
  total numeric(10,2) not null
);
alter table app.invoices enable row level security;
alter table app.invoices force row level security;
create policy invoices_reader on app.invoices for select to strata_fixture_reader using (total > 0);
create policy invoices_writer on app.invoices as restrictive for insert to strata_fixture_writer with check (total < 10000);
grant select on app.invoices to strata_fixture_reader;
grant select, insert on public.users to strata_fixture_writer with grant option;

create function public.touch() returns trigger language plpgsql as $$
BEGIN
    NEW.created_at := now();
    RETURN NEW;
END $$;
create trigger users_touch before update on public.users for each row when (old.email is distinct from new.email)
  execute function public.touch();

create function app.total_for(u bigint) returns numeric language sql stable begin atomic
  select coalesce(sum(total), 0) from app.invoices where user_id = u;
end;

create view public.happy_users with (security_invoker = true) as
  select id, handle from public.users where mood = 'happy';
create view app.user_totals as
  select u.id, u.handle, app.total_for(u.id) as total from public.happy_users u;
create materialized view app.mood_counts as
  select mood, count(*) as n from public.users group by mood;
