-- +goose Up
-- Several SPOC mailboxes (tenants) can share one database. The single-mailbox setup is the
-- tenant ''.
ALTER TABLE requests ADD COLUMN tenant TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN tenant TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN tenant TEXT NOT NULL DEFAULT '';
CREATE INDEX requests_tenant ON requests (tenant, status);
DROP INDEX messages_dedupe;
CREATE UNIQUE INDEX messages_dedupe ON messages (tenant, message_id, sha256);
CREATE INDEX outbox_tenant_due ON outbox (tenant, status, next_attempt_at);

-- +goose Down
DROP INDEX outbox_tenant_due;
DROP INDEX messages_dedupe;
CREATE UNIQUE INDEX messages_dedupe ON messages (message_id, sha256);
DROP INDEX requests_tenant;
ALTER TABLE outbox DROP COLUMN tenant;
ALTER TABLE messages DROP COLUMN tenant;
ALTER TABLE requests DROP COLUMN tenant;
