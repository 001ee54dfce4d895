-- PostgreSQL only (H2 has no partial indexes): Pushwoosh's bouncedEmails lists and counts an
-- application's bounces and complaints in time order. Through event_time it read every event of the
-- range to find them (they are about 1% of a workspace's events); this index holds only them, in
-- event order, with the columns the listing filters on, so its count is an index-only scan and its
-- page reads the page's rows. Inserting any other event maintains nothing here.
CREATE INDEX event_bounce_time ON event (workspace_id, at_ms, seq) INCLUDE (type, channel, bounce, application,
                                                                            campaign, message)
    WHERE type IN ('bounced', 'complained');
