-- +goose Up
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('request_ref', 0);

CREATE TABLE requests (
    id              INTEGER PRIMARY KEY,
    ref             TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL,
    subject         TEXT NOT NULL,
    requester       TEXT NOT NULL,
    requester_name  TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    extra_work      INTEGER NOT NULL DEFAULT 0,
    estimate_cents  INTEGER,
    needs_approval  INTEGER NOT NULL DEFAULT 1,
    approval_round  INTEGER NOT NULL DEFAULT 0,
    supplier_ref    TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    origin_message  TEXT NOT NULL DEFAULT '',
    origin_msg_row  INTEGER,
    scheduled_for   TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    forwarded_at    INTEGER,
    decided_at      INTEGER,
    done_at         INTEGER,
    escalated_at    INTEGER,
    supplier_reminded_at INTEGER,
    shadow          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX requests_status ON requests (status);
CREATE INDEX requests_supplier_ref ON requests (supplier_ref);

CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    mailbox       TEXT NOT NULL,
    uidvalidity   INTEGER NOT NULL DEFAULT 0,
    uid           INTEGER NOT NULL DEFAULT 0,
    message_id    TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    request_id    INTEGER REFERENCES requests (id),
    from_addr     TEXT NOT NULL DEFAULT '',
    subject       TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    size          INTEGER NOT NULL DEFAULT 0,
    received_at   INTEGER NOT NULL,
    raw           BLOB
);
CREATE UNIQUE INDEX messages_dedupe ON messages (message_id, sha256);

CREATE TABLE thread_ids (
    message_id  TEXT PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    outgoing    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER REFERENCES requests (id),
    at          INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    message_id  TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    raw_sha256  TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX events_request ON events (request_id);

CREATE TABLE chain_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    hash  TEXT NOT NULL
);
INSERT INTO chain_head (id, hash) VALUES (1, '');

CREATE TABLE approvals (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES requests (id),
    round        INTEGER NOT NULL,
    approver     TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    expires_at   INTEGER NOT NULL,
    amount_cents INTEGER,
    decision     TEXT NOT NULL DEFAULT '',
    decided_by   TEXT NOT NULL DEFAULT '',
    decided_at   INTEGER,
    remark       TEXT NOT NULL DEFAULT '',
    message_id   TEXT NOT NULL DEFAULT '',
    reminded_at  INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX approvals_request ON approvals (request_id, round);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER REFERENCES requests (id),
    kind            TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    env_from        TEXT NOT NULL,
    recipients      TEXT NOT NULL,
    raw             BLOB NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    unknown_outcome INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_kind_rcpt ON outbox (kind, recipients, created_at);

CREATE TABLE mailboxes (
    name         TEXT PRIMARY KEY,
    uidvalidity  INTEGER NOT NULL DEFAULT 0,
    last_uid     INTEGER NOT NULL DEFAULT 0,
    since        INTEGER NOT NULL,
    last_poll_at INTEGER
);

CREATE TABLE failures (
    message_key  TEXT PRIMARY KEY,
    attempts     INTEGER NOT NULL,
    last_error   TEXT NOT NULL,
    quarantined  INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE digests (
    week     TEXT PRIMARY KEY,
    sent_at  INTEGER NOT NULL,
    manual   INTEGER NOT NULL DEFAULT 0
);

-- +goose Down
DROP TABLE digests;
DROP TABLE failures;
DROP TABLE mailboxes;
DROP TABLE outbox;
DROP TABLE approvals;
DROP TABLE chain_head;
DROP TABLE events;
DROP TABLE thread_ids;
DROP TABLE messages;
DROP TABLE requests;
DROP TABLE counters;
