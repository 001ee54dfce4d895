-- Count buckets of granularity 1440 are local days in one time zone per workspace: the zone the
-- workspace had when they were written. This records it, so queries use day buckets only in that
-- zone, and ingest rebuilds them (from the quarter-hour buckets) when the workspace's zone changes.
CREATE TABLE day_rollup (
    workspace_id VARCHAR(64) NOT NULL,
    zone         VARCHAR(64) NOT NULL,
    CONSTRAINT day_rollup_pk PRIMARY KEY (workspace_id)
);
