-- Change records: what each version changed, provision by provision, derived from the versions by the change
-- record builder. They are rebuilt from the archive when the builder changes; the archive itself is never touched.
-- provision_ids lists the stable id of each provision of the version, in order ("p1 p2 p7"); origins holds, as
-- JSON, the ids each part of a split or the result of a merge came from; next_number is the next id to hand out.

CREATE TABLE change_records (
    version_id       INTEGER PRIMARY KEY REFERENCES versions (id),
    document_id      INTEGER NOT NULL REFERENCES documents (id),
    from_version_id  INTEGER REFERENCES versions (id),
    substance_key    TEXT NOT NULL,
    significance     TEXT NOT NULL CHECK (significance IN ('none', 'cosmetic', 'substantive')),
    headline         TEXT NOT NULL,
    record           TEXT NOT NULL,
    provision_ids    TEXT NOT NULL,
    origins          TEXT NOT NULL,
    next_number      INTEGER NOT NULL,
    builder_version  TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX change_records_by_document ON change_records (document_id, version_id);

-- Which provisions each change record concerns (entry: its position in the record), for provision timelines.
CREATE TABLE provision_changes (
    version_id    INTEGER NOT NULL REFERENCES versions (id),
    entry         INTEGER NOT NULL,
    provision_id  TEXT NOT NULL,
    document_id   INTEGER NOT NULL REFERENCES documents (id),
    PRIMARY KEY (version_id, entry, provision_id)
);
CREATE INDEX provision_changes_by_provision ON provision_changes (document_id, provision_id, version_id);
