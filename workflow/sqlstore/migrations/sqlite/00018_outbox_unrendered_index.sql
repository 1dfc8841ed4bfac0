-- +goose Up
-- The sender looks for rows still queued as a render spec, oldest first, before every
-- claim. Without an index of its own that meant reading every pending row each time (the
-- spec is not in outbox_tenant_due): a partial index holds only the rows not rendered yet.
CREATE INDEX outbox_unrendered ON outbox (tenant, id) WHERE spec <> '';

-- +goose Down
DROP INDEX outbox_unrendered;
