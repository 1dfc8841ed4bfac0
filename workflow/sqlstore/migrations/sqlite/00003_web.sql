-- +goose Up
-- A decision made on a one-click page: pending until due_at, when it is applied, unless
-- the approver withdraws it first (the receipt mail carries the withdraw link).
CREATE TABLE web_decisions (
    id            INTEGER PRIMARY KEY,
    approval_id   INTEGER NOT NULL REFERENCES approvals (id),
    request_id    INTEGER NOT NULL REFERENCES requests (id),
    decision      TEXT NOT NULL,
    remark        TEXT NOT NULL DEFAULT '',
    withdraw_hash TEXT NOT NULL UNIQUE,
    state         TEXT NOT NULL DEFAULT 'pending',
    client        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    due_at        INTEGER NOT NULL,
    closed_at     INTEGER
);
-- At most one pending decision per approval: a second click finds the first.
CREATE UNIQUE INDEX web_decisions_pending ON web_decisions (approval_id) WHERE state = 'pending';
CREATE INDEX web_decisions_due ON web_decisions (state, due_at);

-- +goose Down
DROP INDEX web_decisions_due;
DROP INDEX web_decisions_pending;
DROP TABLE web_decisions;
