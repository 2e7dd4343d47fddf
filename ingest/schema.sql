-- Raw layer written by `wardwh ingest`. One transaction per document; dbt reads it as sources.
create schema if not exists raw;

create table if not exists raw.documents (
    document_id        varchar primary key,   -- sha256 of the file content (hex)
    file_name          varchar not null,      -- base name, e.g. 000_5377eb22d7956e9d.txt
    source_path        varchar not null,      -- path as given to the CLI
    ward_code          varchar,               -- 5-digit GSO code, null when unresolved
    ward_name          varchar,
    ward_as_written    varchar,
    ward_reason        varchar,               -- why ward_code is null
    document_kind      varchar not null,      -- plan | report | decision
    document_number    varchar,               -- e.g. 04/KH-UBND
    issued_on          date,
    reference_year     integer,               -- plan year or issue year
    title              varchar,
    encoding           varchar not null,
    size_bytes         bigint not null,
    line_count         integer not null,
    tokens_seen        integer not null,
    facts_kept         integer not null,
    tokens_rejected    integer not null,
    extractor_version  varchar not null,
    run_id             varchar not null,
    ingested_at        timestamp not null,
    issuer_level       varchar,               -- commune | city | district | province | nation
    horizon_year       integer,               -- "Kế hoạch ... đến năm 2030": targets run to it
    source_format      varchar default 'text', -- text | docx | pdf | ocr | doc
    page_count         integer                -- pages of a PDF or image; null for text and Word
);

create table if not exists raw.observations (
    observation_id     varchar primary key,   -- document_id || ':' || char_start
    document_id        varchar not null,
    line               integer not null,
    char_start         integer not null,
    char_end           integer not null,
    section            varchar,
    sentence           varchar not null,
    source_shape       varchar not null,      -- prose | table_tsv | table_markdown | table_cells
    kind               varchar not null,      -- target | actual
    indicator_text     varchar not null,
    value              double not null,
    unit               varchar not null,
    numerator          double,
    denominator        double,
    comparator         varchar not null,      -- eq ge gt le lt approx
    period_start       integer,
    period_end         integer,
    as_of              date,
    raw_token          varchar not null,
    ward_code          varchar,               -- unit the fact belongs to (its clause may name
    ward_name          varchar,               -- another unit than the document's issuer)
    ward_level         varchar,
    ward_reason        varchar,               -- why ward_code is null
    page               integer,               -- 1-based page the fact's paragraph starts on (PDF, OCR)
    source_format      varchar default 'text', -- text | docx | pdf | ocr | doc
    ocr_confidence     double                 -- mean OCR word confidence (0-100) of the line; null unless OCR
);

-- The text the reader produced from each document (a DOCX, PDF or scan has no lines of its own):
-- every `line` of observations and rejected_tokens is a line of this text.
create table if not exists raw.document_texts (
    document_id        varchar primary key,
    text               varchar not null
);

create table if not exists raw.rejected_tokens (
    document_id        varchar not null,
    line               integer not null,
    char_start         integer not null,
    char_end           integer not null,
    raw_token          varchar not null,
    reason             varchar not null,
    context            varchar not null,
    primary key (document_id, char_start)
);

create table if not exists raw.ingest_runs (
    run_id             varchar primary key,
    started_at         timestamp not null,
    finished_at        timestamp,
    files_seen         integer,
    files_loaded       integer,
    files_unchanged    integer,
    files_failed       integer,
    facts              integer,
    rejected_tokens    integer,
    extractor_version  varchar not null,
    status             varchar not null       -- running | ok | partial | failed
);

create table if not exists raw.ingest_errors (
    run_id             varchar not null,
    source_path        varchar not null,
    reason             varchar not null,
    occurred_at        timestamp not null
);

-- Upgrade a warehouse created by an earlier version (columns are only ever added).
alter table raw.documents add column if not exists issuer_level varchar;
alter table raw.documents add column if not exists horizon_year integer;
alter table raw.observations add column if not exists ward_code varchar;
alter table raw.observations add column if not exists ward_name varchar;
alter table raw.observations add column if not exists ward_level varchar;
alter table raw.observations add column if not exists ward_reason varchar;
alter table raw.documents add column if not exists source_format varchar default 'text';
alter table raw.documents add column if not exists page_count integer;
alter table raw.observations add column if not exists page integer;
alter table raw.observations add column if not exists source_format varchar default 'text';
alter table raw.observations add column if not exists ocr_confidence double;
