-- Clicks per exact link, maintained at ingest with the count buckets (BucketDeltas, BucketStore),
-- so Pushwoosh's linksInteractions reads O(messages x links) rows, never the clicks themselves.
-- granularity: 1440 = the UTC day starting at bucket_start; 0 = all time (bucket_start 0).
-- application and campaign are the click's own ('' when it has none: the query takes its
-- message's from the catalogue then, as the event listings do); message_key '' for a click
-- without a message. link_key is the link's SHA-256 (lower-case hex of its UTF-8 bytes): a
-- link may be longer than an index entry may be.
CREATE TABLE link_click_bucket (
    workspace_id VARCHAR(64)   NOT NULL,
    granularity  SMALLINT      NOT NULL,
    message_key  VARCHAR(128)  NOT NULL,
    application  VARCHAR(64)   NOT NULL,
    campaign     VARCHAR(64)   NOT NULL,
    channel      VARCHAR(8)    NOT NULL,
    link_key     VARCHAR(64)   NOT NULL,
    bucket_start BIGINT        NOT NULL,
    link         VARCHAR(4000) NOT NULL,
    click_count  BIGINT        NOT NULL,
    CONSTRAINT link_click_bucket_pk PRIMARY KEY (workspace_id, granularity, bucket_start, message_key, application,
                                                 campaign, channel, link_key)
);
