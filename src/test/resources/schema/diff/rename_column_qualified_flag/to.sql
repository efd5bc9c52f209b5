-- The fully qualified flag form: --rename public.accounts.email=public.accounts.email_address.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email_address varchar(200) NOT NULL,
    CONSTRAINT accounts_email_key UNIQUE (email_address)
);
