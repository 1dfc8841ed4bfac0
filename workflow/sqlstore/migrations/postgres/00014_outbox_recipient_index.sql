-- +goose Up
-- The per-sender acknowledgement limit counts a tenant's outbox rows of one kind to one
-- recipient since a moment, once per incoming mail. The older index (kind, recipients,
-- created_at) left the tenant to be read from each row, behind the mail's raw bytes; this one
-- answers the count from the index alone (issue 7).
CREATE INDEX outbox_tenant_kind_rcpt ON outbox (tenant, kind, recipients, created_at);

-- +goose Down
DROP INDEX outbox_tenant_kind_rcpt;
