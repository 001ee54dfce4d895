-- Only an event with a client id can be re-sent, so only its content needs a digest to compare.
ALTER TABLE event ALTER COLUMN content_hash DROP NOT NULL;
