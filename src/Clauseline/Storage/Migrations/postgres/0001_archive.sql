-- The archive: platforms, documents, raw snapshots, versions and checks.
-- Snapshots, blobs, versions and checks are append-only; triggers refuse updates and deletes.

CREATE TABLE platforms (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    website     text,
    origin      text NOT NULL CHECK (origin IN ('catalog', 'user', 'import')),
    created_at  timestamptz NOT NULL
);

CREATE TABLE document_types (
    id    text PRIMARY KEY,
    name  text NOT NULL
);

CREATE TABLE documents (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform_id       bigint NOT NULL REFERENCES platforms (id),
    type_id           text NOT NULL REFERENCES document_types (id),
    declaration       text,
    declaration_hash  text,
    origin            text NOT NULL CHECK (origin IN ('catalog', 'user', 'import')),
    created_at        timestamptz NOT NULL,
    UNIQUE (platform_id, type_id)
);

CREATE TABLE blobs (
    sha256       text PRIMARY KEY,
    size         bigint NOT NULL,
    compression  text NOT NULL,
    data         bytea NOT NULL
);

CREATE TABLE checks (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id        bigint NOT NULL REFERENCES documents (id),
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz NOT NULL,
    trigger            text NOT NULL,
    outcome            text NOT NULL CHECK (outcome IN ('not-modified', 'unchanged', 'new-version', 'technical-upgrade', 'failed')),
    reason             text,
    detail             text,
    http_status        integer,
    fetcher            text,
    extractor_version  text,
    declaration_hash   text
);
CREATE INDEX checks_by_document ON checks (document_id, id);

CREATE TABLE snapshots (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id    bigint NOT NULL REFERENCES documents (id),
    check_id       bigint NOT NULL REFERENCES checks (id),
    position       integer NOT NULL,
    url            text NOT NULL,
    final_url      text NOT NULL,
    fetched_at     timestamptz NOT NULL,
    fetcher        text NOT NULL,
    http_status    integer NOT NULL,
    content_type   text,
    etag           text,
    last_modified  text,
    sha256         text NOT NULL REFERENCES blobs (sha256)
);
CREATE INDEX snapshots_by_document ON snapshots (document_id, id);

CREATE TABLE versions (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id        bigint NOT NULL REFERENCES documents (id),
    seq                integer NOT NULL,
    recorded_at        timestamptz NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('initial', 'change', 'technical-upgrade')),
    origin             text NOT NULL CHECK (origin IN ('fetch', 'import', 're-extract')),
    text               text NOT NULL,
    text_sha256        text NOT NULL,
    chain_hash         text NOT NULL,
    extractor_version  text,
    declaration_hash   text,
    source_hash        text,
    check_id           bigint REFERENCES checks (id),
    source             text,
    UNIQUE (document_id, seq)
);
CREATE UNIQUE INDEX versions_by_import_source ON versions (document_id, source) WHERE source IS NOT NULL;

CREATE TABLE version_snapshots (
    version_id   bigint NOT NULL REFERENCES versions (id),
    position     integer NOT NULL,
    snapshot_id  bigint NOT NULL REFERENCES snapshots (id),
    PRIMARY KEY (version_id, position)
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER blobs_append_only BEFORE UPDATE OR DELETE ON blobs FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER checks_append_only BEFORE UPDATE OR DELETE ON checks FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER snapshots_append_only BEFORE UPDATE OR DELETE ON snapshots FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER version_snapshots_append_only BEFORE UPDATE OR DELETE ON version_snapshots FOR EACH ROW EXECUTE FUNCTION refuse_change();
