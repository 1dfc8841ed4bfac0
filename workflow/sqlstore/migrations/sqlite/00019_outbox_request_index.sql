-- +goose Up
-- Every approval reply looks up the approval mail it answers among its request's outbox
-- rows (the copy check); without an index that read the whole outbox each time.
CREATE INDEX outbox_tenant_request ON outbox (tenant, request_id, kind);

-- +goose Down
DROP INDEX outbox_tenant_request;
