-- +goose Up
-- Every query filters on the tenant since 00011, and each of these indexes has a twin that
-- leads with it (outbox_tenant_due, outbox_tenant_kind_rcpt, events_tenant_at,
-- requests_tenant). The untenanted ones were only written, on every insert (issue 7;
-- plan_test.go checks the queries use the twins).
DROP INDEX outbox_due;
DROP INDEX outbox_kind_rcpt;
DROP INDEX events_at;
DROP INDEX requests_status;

-- +goose Down
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_kind_rcpt ON outbox (kind, recipients, created_at);
CREATE INDEX events_at ON events (at);
CREATE INDEX requests_status ON requests (status);
