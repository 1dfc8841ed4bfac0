-- +goose Up
-- A SQLite store keeps large raw mails in files of its blob directory (content-addressed by
-- SHA-256) instead of in the row; raw_blob names the file, '' means the bytes are in raw.
-- PostgreSQL keeps every raw mail in its row (issue 7).
ALTER TABLE messages ADD COLUMN raw_blob TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN raw_blob TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE outbox DROP COLUMN raw_blob;
ALTER TABLE messages DROP COLUMN raw_blob;
