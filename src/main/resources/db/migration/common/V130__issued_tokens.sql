-- Tokens a vendor login issues (Rocket.Chat's POST /api/v1/login): whose they are, when they
-- were issued on the emulator clock (they expire), and their order (the oldest are dropped
-- beyond a per-user cap). Configured credentials leave these NULL.
ALTER TABLE credential ADD COLUMN owner VARCHAR(200);
ALTER TABLE credential ADD COLUMN issued_at BIGINT;
ALTER TABLE credential ADD COLUMN issued_serial BIGINT;
CREATE INDEX credential_issued ON credential (workspace_id, vendor, kind, owner);
