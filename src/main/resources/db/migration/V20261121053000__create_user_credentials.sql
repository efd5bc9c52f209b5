-- Password hashes of the built-in users (no Supabase project configured), apart from the profile.
CREATE TABLE user_credentials (
    user_id       uuid         PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    password_hash varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
