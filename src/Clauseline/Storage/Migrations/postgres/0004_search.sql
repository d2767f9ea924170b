-- Search: one row per platform, per document and per provision of each document's latest version. The rows
-- are derived from the archive and rebuilt whenever their source moves on; search_sources says which state each
-- source was indexed at ("catalog": a signature of platform and document names; "document/<id>": the latest
-- version id and the change record builder that gave its provisions their ids).

CREATE TABLE search_sources (
    source      text PRIMARY KEY,
    stamp       text NOT NULL,
    indexed_at  timestamptz NOT NULL
);

-- The English configuration stems ("terminates" finds "termination"); titles weigh most, then headings, then text.
CREATE TABLE search_entries (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('platform', 'document', 'provision')),
    source         text NOT NULL,
    platform_slug  text NOT NULL,
    type_id        text,
    provision_id   text,
    title          text NOT NULL,
    headings       text NOT NULL,
    body           text NOT NULL,
    terms          tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('english', title), 'A') ||
                       setweight(to_tsvector('english', headings), 'B') ||
                       setweight(to_tsvector('english', body), 'C')) STORED
);
CREATE INDEX search_entries_terms ON search_entries USING GIN (terms);
CREATE INDEX search_entries_by_source ON search_entries (source);
