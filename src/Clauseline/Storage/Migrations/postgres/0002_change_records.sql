-- Change records: what each version changed, provision by provision, derived from the versions by the change
-- record builder. They are rebuilt from the archive when the builder changes; the archive itself is never touched.
-- provision_ids lists the stable id of each provision of the version, in order ("p1 p2 p7"); origins holds, as
-- JSON, the ids each part of a split or the result of a merge came from; next_number is the next id to hand out.

CREATE TABLE change_records (
    version_id       bigint PRIMARY KEY REFERENCES versions (id),
    document_id      bigint NOT NULL REFERENCES documents (id),
    from_version_id  bigint REFERENCES versions (id),
    substance_key    text NOT NULL,
    significance     text NOT NULL CHECK (significance IN ('none', 'cosmetic', 'substantive')),
    headline         text NOT NULL,
    record           text NOT NULL,
    provision_ids    text NOT NULL,
    origins          text NOT NULL,
    next_number      bigint NOT NULL,
    builder_version  text NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX change_records_by_document ON change_records (document_id, version_id);

-- Which provisions each change record concerns (entry: its position in the record), for provision timelines.
CREATE TABLE provision_changes (
    version_id    bigint NOT NULL REFERENCES versions (id),
    entry         bigint NOT NULL,
    provision_id  text NOT NULL,
    document_id   bigint NOT NULL REFERENCES documents (id),
    PRIMARY KEY (version_id, entry, provision_id)
);
CREATE INDEX provision_changes_by_provision ON provision_changes (document_id, provision_id, version_id);
