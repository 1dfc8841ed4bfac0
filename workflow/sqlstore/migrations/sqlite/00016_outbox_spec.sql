-- +goose Up
-- An outbox row is queued either rendered (raw holds the mail) or as a render spec (JSON:
-- template, data, addresses, Message-ID, date) that the sender turns into raw, and stores,
-- before its first attempt; '' means raw holds the mail. Intake then only queues (issue 7).
ALTER TABLE outbox ADD COLUMN spec TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE outbox DROP COLUMN spec;
