-- The link click buckets (V161) of the events stored before them: per UTC day, and all time.
INSERT INTO link_click_bucket (workspace_id, granularity, message_key, application, campaign, channel, link_key,
                               bucket_start, link, click_count)
SELECT workspace_id, 1440, COALESCE(message, ''), COALESCE(application, ''), COALESCE(campaign, ''), channel,
       encode(sha256(convert_to(link, 'UTF8')), 'hex'), at_ms - MOD(at_ms, 86400000), link, COUNT(*)
FROM event
WHERE type = 'clicked' AND link IS NOT NULL AND at_ms >= 0
GROUP BY workspace_id, COALESCE(message, ''), COALESCE(application, ''), COALESCE(campaign, ''), channel, link,
         at_ms - MOD(at_ms, 86400000);
INSERT INTO link_click_bucket (workspace_id, granularity, message_key, application, campaign, channel, link_key,
                               bucket_start, link, click_count)
SELECT workspace_id, 1440, COALESCE(message, ''), COALESCE(application, ''), COALESCE(campaign, ''), channel,
       encode(sha256(convert_to(link, 'UTF8')), 'hex'), at_ms - MOD(at_ms, 86400000) - CASE WHEN MOD(at_ms, 86400000) = 0 THEN 0 ELSE 86400000 END, link, COUNT(*)
FROM event
WHERE type = 'clicked' AND link IS NOT NULL AND at_ms < 0
GROUP BY workspace_id, COALESCE(message, ''), COALESCE(application, ''), COALESCE(campaign, ''), channel, link,
         at_ms - MOD(at_ms, 86400000) - CASE WHEN MOD(at_ms, 86400000) = 0 THEN 0 ELSE 86400000 END;
INSERT INTO link_click_bucket (workspace_id, granularity, message_key, application, campaign, channel, link_key,
                               bucket_start, link, click_count)
SELECT workspace_id, 0, message_key, application, campaign, channel, link_key, 0, link, SUM(click_count)
FROM link_click_bucket
WHERE granularity = 1440
GROUP BY workspace_id, message_key, application, campaign, channel, link_key, link;
