-- Rocket.Chat's top-five-popular-channels shows a direct room's usernames: the distinct chat users who
-- wrote in it. This index lets that lookup read one room's entries instead of the workspace's events.
CREATE INDEX event_room_contact ON event (workspace_id, room_id, contact);
