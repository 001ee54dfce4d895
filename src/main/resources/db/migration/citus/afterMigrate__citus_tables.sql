-- Citus only: this folder is one of Flyway's locations only where the citus extension is installed
-- (dev.statsemulator.citus.CitusMigrations). It runs after every migrate, after all versioned
-- migrations, so a table that a later migration adds is distributed too; it is idempotent (a table
-- that is already a Citus table is left alone), and it costs one catalogue query when nothing is new.
--
-- Every query the service runs names one workspace, so the data tables are distributed by
-- workspace and colocated: a workspace's rows, in every table, live in one shard group on one
-- worker, and each statement is routed to that one shard (docs/scaling.md).
-- * credential: a reference table (copied to every node). Its unique index (vendor, kind,
--   principal) is the global directory a vendor credential is resolved through before any
--   workspace is known; a distributed table could only enforce uniqueness within a shard.
-- * workspace: distributed by its id.
-- * every other table with a workspace_id column: distributed by it, colocated with workspace.
-- * any other table: a reference table (small global data).
-- * Flyway's schema history stays a local table of the coordinator.
DO $$
DECLARE
  t record;
BEGIN
  IF to_regclass('credential') IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass('credential')) THEN
    PERFORM create_reference_table('credential');
  END IF;
  IF to_regclass('workspace') IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass('workspace')) THEN
    PERFORM create_distributed_table('workspace', 'id');
  END IF;
  FOR t IN
    SELECT c.oid, c.relname,
           EXISTS (SELECT 1 FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped) AS by_workspace
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname <> '${flyway:table}'
      AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid)
    ORDER BY c.relname
  LOOP
    IF t.by_workspace THEN
      PERFORM create_distributed_table(t.oid::regclass, 'workspace_id', colocate_with => 'workspace');
    ELSE
      PERFORM create_reference_table(t.oid::regclass);
    END IF;
    RAISE NOTICE 'Citus: % is now a % table', t.relname, CASE WHEN t.by_workspace THEN 'distributed' ELSE 'reference' END;
  END LOOP;
END $$;
