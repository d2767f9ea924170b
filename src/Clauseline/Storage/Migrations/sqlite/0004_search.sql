-- Search: one FTS5 row per platform, per document and per provision of each document's latest version. The rows
-- are derived from the archive and rebuilt whenever their source moves on; search_sources says which state each
-- source was indexed at ("catalog": a signature of platform and document names; "document/<id>": the latest
-- version id and the change record builder that gave its provisions their ids).

CREATE TABLE search_sources (
    source      TEXT PRIMARY KEY,
    stamp       TEXT NOT NULL,
    indexed_at  TEXT NOT NULL
);

-- Porter stemming over unicode61 with diacritics folded, so "terminates" finds "termination" and "café" finds "cafe".
CREATE VIRTUAL TABLE search_entries USING fts5(
    kind UNINDEXED,
    source UNINDEXED,
    platform_slug UNINDEXED,
    type_id UNINDEXED,
    provision_id UNINDEXED,
    title,
    headings,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
