-- +goose Up
-- Events carry their tenant too, so that a mailbox's digest and figures never count
-- another mailbox's events (also those without a request, such as a quarantined message).
ALTER TABLE events ADD COLUMN tenant TEXT NOT NULL DEFAULT '';
CREATE INDEX events_tenant_at ON events (tenant, at);

-- +goose Down
DROP INDEX events_tenant_at;
ALTER TABLE events DROP COLUMN tenant;
