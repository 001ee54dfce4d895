-- Each workspace's write version, when several services share the database and keep
-- their answer caches by it (emulator.answer-cache.versions=database). Rows are never
-- deleted, so a version never comes back for a workspace.
CREATE TABLE answer_version (
    workspace_id VARCHAR(64) NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL
);
