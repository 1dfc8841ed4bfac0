-- +goose Up
CREATE TABLE digest_messages (
    message_id  TEXT PRIMARY KEY,
    week        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX events_at ON events (at);

-- +goose Down
DROP INDEX events_at;
DROP TABLE digest_messages;
