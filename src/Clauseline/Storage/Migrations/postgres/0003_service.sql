-- The service: organisations, users and their memberships, API keys, subscriptions, delivery channels,
-- confirmations of changes, and the outbox of deliveries with every attempt to send them.
-- Secrets (passwords, API keys, one-time tokens) are stored only as hashes.

CREATE TABLE organisations (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug               text NOT NULL UNIQUE,
    name               text NOT NULL,
    plan               text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'monitor', 'compliance')),
    time_zone          text NOT NULL DEFAULT 'UTC',
    profile            text,
    no_changes_digest  boolean NOT NULL DEFAULT FALSE,
    feed_token         text NOT NULL UNIQUE,
    created_at         timestamptz NOT NULL
);

CREATE TABLE users (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email              text NOT NULL UNIQUE,
    display_name       text,
    password_hash      text NOT NULL,
    security_stamp     text NOT NULL,
    email_verified_at  timestamptz,
    is_admin           boolean NOT NULL DEFAULT FALSE,
    created_at         timestamptz NOT NULL
);

CREATE TABLE memberships (
    organisation_id  bigint NOT NULL REFERENCES organisations (id),
    user_id          bigint NOT NULL REFERENCES users (id),
    role             text NOT NULL CHECK (role IN ('owner', 'member')),
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

-- Single-use, expiring tokens sent by email (verification, password reset, invitation); only their SHA-256 is kept.
CREATE TABLE user_tokens (
    token_hash       text PRIMARY KEY,
    user_id          bigint NOT NULL REFERENCES users (id),
    purpose          text NOT NULL CHECK (purpose IN ('verify-email', 'reset-password', 'invitation')),
    organisation_id  bigint REFERENCES organisations (id),
    expires_at       timestamptz NOT NULL,
    used_at          timestamptz,
    created_at       timestamptz NOT NULL
);

-- Every sign-in attempt, for throttling and for the user's own record.
CREATE TABLE sign_in_attempts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text NOT NULL,
    remote_address  text,
    succeeded       boolean NOT NULL,
    attempted_at    timestamptz NOT NULL
);
CREATE INDEX sign_in_attempts_by_email ON sign_in_attempts (email, attempted_at);
CREATE INDEX sign_in_attempts_by_address ON sign_in_attempts (remote_address, attempted_at);

-- An API key is "cl_<prefix>_<secret>": the prefix finds the row, the SHA-256 of the whole key proves it.
CREATE TABLE api_keys (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint NOT NULL REFERENCES organisations (id),
    name             text NOT NULL,
    prefix           text NOT NULL UNIQUE,
    key_hash         text NOT NULL,
    scope            text NOT NULL CHECK (scope IN ('read', 'read-write')),
    created_by       bigint REFERENCES users (id),
    created_at       timestamptz NOT NULL,
    last_used_at     timestamptz,
    revoked_at       timestamptz
);
CREATE INDEX api_keys_by_organisation ON api_keys (organisation_id);

-- What an organisation follows: a platform (all its documents, or the listed types), narrowed optionally to
-- categories and a minimum exposure; a single provision of a document; or a category across the platforms it follows.
CREATE TABLE subscriptions (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint NOT NULL REFERENCES organisations (id),
    kind             text NOT NULL CHECK (kind IN ('platform', 'provision', 'category')),
    platform_id      bigint REFERENCES platforms (id),
    document_types   text,
    document_id      bigint REFERENCES documents (id),
    provision_id     text,
    category_id      text,
    categories       text,
    min_exposure     text CHECK (min_exposure IN ('low', 'medium', 'high')),
    created_at       timestamptz NOT NULL
);
CREATE INDEX subscriptions_by_organisation ON subscriptions (organisation_id);
CREATE INDEX subscriptions_by_platform ON subscriptions (platform_id);

-- Where an organisation is told: an email address, a webhook (JSON) or a Slack-compatible webhook (text).
CREATE TABLE channels (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id    bigint NOT NULL REFERENCES organisations (id),
    kind               text NOT NULL CHECK (kind IN ('email', 'webhook', 'slack')),
    target             text NOT NULL,
    secret             text,
    same_day           boolean NOT NULL DEFAULT TRUE,
    digest             boolean NOT NULL DEFAULT TRUE,
    unsubscribe_token  text NOT NULL UNIQUE,
    disabled_at        timestamptz,
    created_at         timestamptz NOT NULL
);
CREATE INDEX channels_by_organisation ON channels (organisation_id);

-- When a change was found confirmed, written once per version by the confirmer, in the same transaction as the
-- outbox rows it causes. alert is false for flip-backs, transients, cosmetic changes and technical upgrades.
CREATE TABLE confirmations (
    version_id       bigint PRIMARY KEY REFERENCES versions (id),
    document_id      bigint NOT NULL REFERENCES documents (id),
    status           text NOT NULL CHECK (status IN ('confirmed', 'transient')),
    alert            boolean NOT NULL,
    flip_back        boolean NOT NULL,
    from_version_id  bigint REFERENCES versions (id),
    confirmed_at     timestamptz NOT NULL
);
CREATE INDEX confirmations_by_time ON confirmations (confirmed_at);

-- The outbox: one delivery per organisation, channel and batch of changes (an alert) or week (a digest). The
-- idempotency key goes out as the email's Message-ID and the webhook's Idempotency-Key header; a delivery
-- accepted once is never sent again.
CREATE TABLE deliveries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint NOT NULL REFERENCES organisations (id),
    channel_id       bigint NOT NULL REFERENCES channels (id),
    kind             text NOT NULL CHECK (kind IN ('alert', 'digest')),
    idempotency_key  text NOT NULL UNIQUE,
    payload          text NOT NULL,
    status           text NOT NULL CHECK (status IN ('pending', 'accepted', 'failed')),
    attempts         bigint NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    accepted_at      timestamptz,
    last_error       text
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_by_organisation ON deliveries (organisation_id, id);

-- The changes (versions) each delivery carries.
CREATE TABLE delivery_changes (
    delivery_id  bigint NOT NULL REFERENCES deliveries (id),
    version_id   bigint NOT NULL REFERENCES versions (id),
    PRIMARY KEY (delivery_id, version_id)
);

-- Every attempt to send a delivery, kept.
CREATE TABLE delivery_attempts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id   bigint NOT NULL REFERENCES deliveries (id),
    attempted_at  timestamptz NOT NULL,
    succeeded     boolean NOT NULL,
    status_code   bigint,
    detail        text
);
CREATE INDEX delivery_attempts_by_delivery ON delivery_attempts (delivery_id, id);
CREATE TRIGGER delivery_attempts_append_only BEFORE UPDATE OR DELETE ON delivery_attempts FOR EACH ROW EXECUTE FUNCTION refuse_change();
