-- The service: organisations, users and their memberships, API keys, subscriptions, delivery channels,
-- confirmations of changes, and the outbox of deliveries with every attempt to send them.
-- Secrets (passwords, API keys, one-time tokens) are stored only as hashes.

CREATE TABLE organisations (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    plan               TEXT NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'monitor', 'compliance')),
    time_zone          TEXT NOT NULL DEFAULT 'UTC',
    profile            TEXT,
    no_changes_digest  INTEGER NOT NULL DEFAULT 0,
    feed_token         TEXT NOT NULL UNIQUE,
    created_at         TEXT NOT NULL
);

CREATE TABLE users (
    id                 INTEGER PRIMARY KEY,
    email              TEXT NOT NULL UNIQUE,
    display_name       TEXT,
    password_hash      TEXT NOT NULL,
    security_stamp     TEXT NOT NULL,
    email_verified_at  TEXT,
    is_admin           INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL
);

CREATE TABLE memberships (
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    user_id          INTEGER NOT NULL REFERENCES users (id),
    role             TEXT NOT NULL CHECK (role IN ('owner', 'member')),
    created_at       TEXT NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

-- Single-use, expiring tokens sent by email (verification, password reset, invitation); only their SHA-256 is kept.
CREATE TABLE user_tokens (
    token_hash       TEXT PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users (id),
    purpose          TEXT NOT NULL CHECK (purpose IN ('verify-email', 'reset-password', 'invitation')),
    organisation_id  INTEGER REFERENCES organisations (id),
    expires_at       TEXT NOT NULL,
    used_at          TEXT,
    created_at       TEXT NOT NULL
);

-- Every sign-in attempt, for throttling and for the user's own record.
CREATE TABLE sign_in_attempts (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL,
    remote_address  TEXT,
    succeeded       INTEGER NOT NULL,
    attempted_at    TEXT NOT NULL
);
CREATE INDEX sign_in_attempts_by_email ON sign_in_attempts (email, attempted_at);
CREATE INDEX sign_in_attempts_by_address ON sign_in_attempts (remote_address, attempted_at);

-- An API key is "cl_<prefix>_<secret>": the prefix finds the row, the SHA-256 of the whole key proves it.
CREATE TABLE api_keys (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    name             TEXT NOT NULL,
    prefix           TEXT NOT NULL UNIQUE,
    key_hash         TEXT NOT NULL,
    scope            TEXT NOT NULL CHECK (scope IN ('read', 'read-write')),
    created_by       INTEGER REFERENCES users (id),
    created_at       TEXT NOT NULL,
    last_used_at     TEXT,
    revoked_at       TEXT
);
CREATE INDEX api_keys_by_organisation ON api_keys (organisation_id);

-- What an organisation follows: a platform (all its documents, or the listed types), narrowed optionally to
-- categories and a minimum exposure; a single provision of a document; or a category across the platforms it follows.
CREATE TABLE subscriptions (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    kind             TEXT NOT NULL CHECK (kind IN ('platform', 'provision', 'category')),
    platform_id      INTEGER REFERENCES platforms (id),
    document_types   TEXT,
    document_id      INTEGER REFERENCES documents (id),
    provision_id     TEXT,
    category_id      TEXT,
    categories       TEXT,
    min_exposure     TEXT CHECK (min_exposure IN ('low', 'medium', 'high')),
    created_at       TEXT NOT NULL
);
CREATE INDEX subscriptions_by_organisation ON subscriptions (organisation_id);
CREATE INDEX subscriptions_by_platform ON subscriptions (platform_id);

-- Where an organisation is told: an email address, a webhook (JSON) or a Slack-compatible webhook (text).
CREATE TABLE channels (
    id                 INTEGER PRIMARY KEY,
    organisation_id    INTEGER NOT NULL REFERENCES organisations (id),
    kind               TEXT NOT NULL CHECK (kind IN ('email', 'webhook', 'slack')),
    target             TEXT NOT NULL,
    secret             TEXT,
    same_day           INTEGER NOT NULL DEFAULT 1,
    digest             INTEGER NOT NULL DEFAULT 1,
    unsubscribe_token  TEXT NOT NULL UNIQUE,
    disabled_at        TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX channels_by_organisation ON channels (organisation_id);

-- When a change was found confirmed, written once per version by the confirmer, in the same transaction as the
-- outbox rows it causes. alert is false for flip-backs, transients, cosmetic changes and technical upgrades.
CREATE TABLE confirmations (
    version_id       INTEGER PRIMARY KEY REFERENCES versions (id),
    document_id      INTEGER NOT NULL REFERENCES documents (id),
    status           TEXT NOT NULL CHECK (status IN ('confirmed', 'transient')),
    alert            INTEGER NOT NULL,
    flip_back        INTEGER NOT NULL,
    from_version_id  INTEGER REFERENCES versions (id),
    confirmed_at     TEXT NOT NULL
);
CREATE INDEX confirmations_by_time ON confirmations (confirmed_at);

-- The outbox: one delivery per organisation, channel and batch of changes (an alert) or week (a digest). The
-- idempotency key goes out as the email's Message-ID and the webhook's Idempotency-Key header; a delivery
-- accepted once is never sent again.
CREATE TABLE deliveries (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    channel_id       INTEGER NOT NULL REFERENCES channels (id),
    kind             TEXT NOT NULL CHECK (kind IN ('alert', 'digest')),
    idempotency_key  TEXT NOT NULL UNIQUE,
    payload          TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    accepted_at      TEXT,
    last_error       TEXT
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_by_organisation ON deliveries (organisation_id, id);

-- The changes (versions) each delivery carries.
CREATE TABLE delivery_changes (
    delivery_id  INTEGER NOT NULL REFERENCES deliveries (id),
    version_id   INTEGER NOT NULL REFERENCES versions (id),
    PRIMARY KEY (delivery_id, version_id)
);

-- Every attempt to send a delivery, kept.
CREATE TABLE delivery_attempts (
    id            INTEGER PRIMARY KEY,
    delivery_id   INTEGER NOT NULL REFERENCES deliveries (id),
    attempted_at  TEXT NOT NULL,
    succeeded     INTEGER NOT NULL,
    status_code   INTEGER,
    detail        TEXT
);
CREATE INDEX delivery_attempts_by_delivery ON delivery_attempts (delivery_id, id);
CREATE TRIGGER delivery_attempts_append_only_update BEFORE UPDATE ON delivery_attempts BEGIN SELECT RAISE(ABORT, 'delivery attempts are append-only'); END;
CREATE TRIGGER delivery_attempts_append_only_delete BEFORE DELETE ON delivery_attempts BEGIN SELECT RAISE(ABORT, 'delivery attempts are append-only'); END;
