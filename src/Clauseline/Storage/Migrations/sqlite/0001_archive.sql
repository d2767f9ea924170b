-- The archive: platforms, documents, raw snapshots, versions and checks.
-- Snapshots, blobs, versions and checks are append-only; triggers refuse updates and deletes.

CREATE TABLE platforms (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    website     TEXT,
    origin      TEXT NOT NULL CHECK (origin IN ('catalog', 'user', 'import')),
    created_at  TEXT NOT NULL
);

CREATE TABLE document_types (
    id    TEXT PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    platform_id       INTEGER NOT NULL REFERENCES platforms (id),
    type_id           TEXT NOT NULL REFERENCES document_types (id),
    declaration       TEXT,
    declaration_hash  TEXT,
    origin            TEXT NOT NULL CHECK (origin IN ('catalog', 'user', 'import')),
    created_at        TEXT NOT NULL,
    UNIQUE (platform_id, type_id)
);

CREATE TABLE blobs (
    sha256       TEXT PRIMARY KEY,
    size         INTEGER NOT NULL,
    compression  TEXT NOT NULL,
    data         BLOB NOT NULL
);

CREATE TABLE checks (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER NOT NULL REFERENCES documents (id),
    started_at         TEXT NOT NULL,
    finished_at        TEXT NOT NULL,
    trigger            TEXT NOT NULL,
    outcome            TEXT NOT NULL CHECK (outcome IN ('not-modified', 'unchanged', 'new-version', 'technical-upgrade', 'failed')),
    reason             TEXT,
    detail             TEXT,
    http_status        INTEGER,
    fetcher            TEXT,
    extractor_version  TEXT,
    declaration_hash   TEXT
);
CREATE INDEX checks_by_document ON checks (document_id, id);

CREATE TABLE snapshots (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id),
    check_id       INTEGER NOT NULL REFERENCES checks (id),
    position       INTEGER NOT NULL,
    url            TEXT NOT NULL,
    final_url      TEXT NOT NULL,
    fetched_at     TEXT NOT NULL,
    fetcher        TEXT NOT NULL,
    http_status    INTEGER NOT NULL,
    content_type   TEXT,
    etag           TEXT,
    last_modified  TEXT,
    sha256         TEXT NOT NULL REFERENCES blobs (sha256)
);
CREATE INDEX snapshots_by_document ON snapshots (document_id, id);

CREATE TABLE versions (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER NOT NULL REFERENCES documents (id),
    seq                INTEGER NOT NULL,
    recorded_at        TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('initial', 'change', 'technical-upgrade')),
    origin             TEXT NOT NULL CHECK (origin IN ('fetch', 'import', 're-extract')),
    text               TEXT NOT NULL,
    text_sha256        TEXT NOT NULL,
    chain_hash         TEXT NOT NULL,
    extractor_version  TEXT,
    declaration_hash   TEXT,
    source_hash        TEXT,
    check_id           INTEGER REFERENCES checks (id),
    source             TEXT,
    UNIQUE (document_id, seq)
);
CREATE UNIQUE INDEX versions_by_import_source ON versions (document_id, source) WHERE source IS NOT NULL;

CREATE TABLE version_snapshots (
    version_id   INTEGER NOT NULL REFERENCES versions (id),
    position     INTEGER NOT NULL,
    snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id),
    PRIMARY KEY (version_id, position)
);

CREATE TRIGGER blobs_append_only_update BEFORE UPDATE ON blobs BEGIN SELECT RAISE(ABORT, 'blobs are append-only'); END;
CREATE TRIGGER blobs_append_only_delete BEFORE DELETE ON blobs BEGIN SELECT RAISE(ABORT, 'blobs are append-only'); END;
CREATE TRIGGER checks_append_only_update BEFORE UPDATE ON checks BEGIN SELECT RAISE(ABORT, 'checks are append-only'); END;
CREATE TRIGGER checks_append_only_delete BEFORE DELETE ON checks BEGIN SELECT RAISE(ABORT, 'checks are append-only'); END;
CREATE TRIGGER snapshots_append_only_update BEFORE UPDATE ON snapshots BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
CREATE TRIGGER snapshots_append_only_delete BEFORE DELETE ON snapshots BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
CREATE TRIGGER versions_append_only_update BEFORE UPDATE ON versions BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
CREATE TRIGGER versions_append_only_delete BEFORE DELETE ON versions BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
CREATE TRIGGER version_snapshots_append_only_update BEFORE UPDATE ON version_snapshots BEGIN SELECT RAISE(ABORT, 'version snapshots are append-only'); END;
CREATE TRIGGER version_snapshots_append_only_delete BEFORE DELETE ON version_snapshots BEGIN SELECT RAISE(ABORT, 'version snapshots are append-only'); END;
