-- +goose Up
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('request_ref', 0);

CREATE TABLE requests (
    id              BIGSERIAL PRIMARY KEY,
    ref             TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL,
    subject         TEXT NOT NULL,
    requester       TEXT NOT NULL,
    requester_name  TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    extra_work      BIGINT NOT NULL DEFAULT 0,
    estimate_cents  BIGINT,
    needs_approval  BIGINT NOT NULL DEFAULT 1,
    approval_round  BIGINT NOT NULL DEFAULT 0,
    supplier_ref    TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    origin_message  TEXT NOT NULL DEFAULT '',
    origin_msg_row  BIGINT,
    scheduled_for   TEXT NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    forwarded_at    BIGINT,
    decided_at      BIGINT,
    done_at         BIGINT,
    escalated_at    BIGINT,
    supplier_reminded_at BIGINT,
    shadow          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX requests_status ON requests (status);
CREATE INDEX requests_supplier_ref ON requests (supplier_ref);

CREATE TABLE messages (
    id            BIGSERIAL PRIMARY KEY,
    mailbox       TEXT NOT NULL,
    uidvalidity   BIGINT NOT NULL DEFAULT 0,
    uid           BIGINT NOT NULL DEFAULT 0,
    message_id    TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    request_id    BIGINT REFERENCES requests (id),
    from_addr     TEXT NOT NULL DEFAULT '',
    subject       TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    size          BIGINT NOT NULL DEFAULT 0,
    received_at   BIGINT NOT NULL,
    raw           BYTEA
);
CREATE UNIQUE INDEX messages_dedupe ON messages (message_id, sha256);

CREATE TABLE thread_ids (
    message_id  TEXT PRIMARY KEY,
    request_id  BIGINT NOT NULL REFERENCES requests (id),
    outgoing    BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE events (
    id          BIGSERIAL PRIMARY KEY,
    request_id  BIGINT REFERENCES requests (id),
    at          BIGINT NOT NULL,
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
    id           BIGSERIAL PRIMARY KEY,
    request_id   BIGINT NOT NULL REFERENCES requests (id),
    round        BIGINT NOT NULL,
    approver     TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    expires_at   BIGINT NOT NULL,
    amount_cents BIGINT,
    decision     TEXT NOT NULL DEFAULT '',
    decided_by   TEXT NOT NULL DEFAULT '',
    decided_at   BIGINT,
    remark       TEXT NOT NULL DEFAULT '',
    message_id   TEXT NOT NULL DEFAULT '',
    reminded_at  BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX approvals_request ON approvals (request_id, round);

CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    request_id      BIGINT REFERENCES requests (id),
    kind            TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    env_from        TEXT NOT NULL,
    recipients      TEXT NOT NULL,
    raw             BYTEA NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending',
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until   BIGINT NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    unknown_outcome BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_kind_rcpt ON outbox (kind, recipients, created_at);

CREATE TABLE mailboxes (
    name         TEXT PRIMARY KEY,
    uidvalidity  BIGINT NOT NULL DEFAULT 0,
    last_uid     BIGINT NOT NULL DEFAULT 0,
    since        BIGINT NOT NULL,
    last_poll_at BIGINT
);

CREATE TABLE failures (
    message_key  TEXT PRIMARY KEY,
    attempts     BIGINT NOT NULL,
    last_error   TEXT NOT NULL,
    quarantined  BIGINT NOT NULL DEFAULT 0,
    updated_at   BIGINT NOT NULL
);

CREATE TABLE digests (
    week     TEXT PRIMARY KEY,
    sent_at  BIGINT NOT NULL,
    manual   BIGINT NOT NULL DEFAULT 0
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
