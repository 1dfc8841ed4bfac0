-- +goose Up
-- Leases coordinate instances through the database: who polls a mailbox, who runs the
-- timers. A lease runs out when its holder stops renewing it.
CREATE TABLE leases (
    name   TEXT PRIMARY KEY,
    owner  TEXT NOT NULL,
    until  BIGINT NOT NULL
);

-- +goose Down
DROP TABLE leases;
