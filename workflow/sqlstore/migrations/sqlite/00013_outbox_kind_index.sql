-- +goose Up
-- The acknowledgement and notice breakers count a tenant's outbox rows of some kinds since a
-- moment, once per incoming mail: without this index that count read every outbox row of the
-- tenant, so a first import got slower with every request it created (issue 7).
CREATE INDEX outbox_tenant_kind_created ON outbox (tenant, kind, created_at);

-- +goose Down
DROP INDEX outbox_tenant_kind_created;
