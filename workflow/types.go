// Package workflow owns requests, approvals, states and the audit log. It decides what an
// inbound mail means and what must be sent, and stores both in one transaction through the
// Store interface it declares; the daemon feeds it mail and drains the outbox.
package workflow

import (
	"context"
	"errors"
	"time"
)

// Status is the state of a request (SPEC §3; the names are part of the contract).
type Status string

// The request states.
const (
	StatusReceived         Status = "received"
	StatusAwaitingApproval Status = "awaiting_approval"
	StatusForwarded        Status = "forwarded"
	StatusScheduled        Status = "scheduled"
	StatusDone             Status = "done"
	StatusRejected         Status = "rejected"
	StatusCancelled        Status = "cancelled"
	StatusTriage           Status = "triage"
)

// Statuses lists every state, in workflow order.
var Statuses = []Status{StatusReceived, StatusAwaitingApproval, StatusForwarded, StatusScheduled,
	StatusDone, StatusRejected, StatusCancelled, StatusTriage}

// Open reports whether a request in this state can still change.
func (s Status) Open() bool {
	switch s {
	case StatusDone, StatusRejected, StatusCancelled:
		return false
	}
	return true
}

// Valid reports whether s is a known state.
func (s Status) Valid() bool {
	for _, x := range Statuses {
		if x == s {
			return true
		}
	}
	return false
}

// Sentinel errors.
var (
	ErrNotFound  = errors.New("not found")
	ErrDuplicate = errors.New("already recorded")
	// ErrRawDamaged means a stored raw mail kept outside its row (a SQLite blob file) is
	// missing or no longer has the contents it was stored with.
	ErrRawDamaged = errors.New("stored raw mail is damaged or missing")
)

// Request is one tracked request.
type Request struct {
	ID                 int64      `db:"id"`
	Ref                string     `db:"ref"`
	Status             Status     `db:"status"`
	Subject            string     `db:"subject"`
	Requester          string     `db:"requester"`
	RequesterName      string     `db:"requester_name"`
	Category           string     `db:"category"`
	ExtraWork          bool       `db:"extra_work"`
	EstimateCents      *int64     `db:"estimate_cents"`
	NeedsApproval      bool       `db:"needs_approval"`
	ApprovalRound      int        `db:"approval_round"`
	SupplierRef        string     `db:"supplier_ref"`
	Body               string     `db:"body"`
	OriginMessage      string     `db:"origin_message"`
	OriginMsgRow       *int64     `db:"origin_msg_row"`
	ScheduledFor       string     `db:"scheduled_for"`
	CreatedAt          time.Time  `db:"-"`
	UpdatedAt          time.Time  `db:"-"`
	ForwardedAt        *time.Time `db:"-"`
	DecidedAt          *time.Time `db:"-"`
	DoneAt             *time.Time `db:"-"`
	EscalatedAt        *time.Time `db:"-"`
	SupplierRemindedAt *time.Time `db:"-"`
	Shadow             bool       `db:"shadow"`
}

// Approval is one approver's part in one approval round.
type Approval struct {
	ID          int64
	RequestID   int64
	Round       int
	Approver    string
	TokenHash   string
	ExpiresAt   time.Time
	AmountCents *int64
	Decision    string // "", "approve", "reject"
	DecidedBy   string
	DecidedAt   *time.Time
	Remark      string
	MessageID   string
	RemindedAt  *time.Time
	CreatedAt   time.Time
}

// Event is one entry of the append-only audit log.
type Event struct {
	ID        int64
	RequestID *int64
	At        time.Time
	Kind      string
	Actor     string
	MessageID string
	Detail    string
	RawSHA256 string
	PrevHash  string
	Hash      string
}

// InboundRecord is how an inbound message is recorded.
type InboundRecord struct {
	ID          int64
	Mailbox     string
	UIDValidity uint32
	UID         uint32
	MessageID   string
	SHA256      string
	RequestID   *int64
	From        string
	Subject     string
	Action      string // new_request | update_request | ignore | history | triage | refused
	Reason      string
	Size        int64
	ReceivedAt  time.Time
	Raw         []byte
}

// OutboxMail is a mail waiting to be sent: rendered (Raw), or queued as a render spec
// (Spec, Raw empty) that Engine.Render turns into Raw before the first attempt.
type OutboxMail struct {
	ID             int64
	RequestID      *int64
	Kind           string
	MessageID      string
	From           string
	Recipients     []string
	Raw            []byte
	Spec           []byte // JSON render spec (outgoing.go); nil once rendered
	Status         string // pending | sent | failed
	Attempts       int
	NextAttemptAt  time.Time
	LastError      string
	UnknownOutcome bool
	ClaimedUntil   time.Time // set by ClaimOutbox; identifies the claim
	CreatedAt      time.Time
	SentAt         *time.Time
}

// MailboxState is the intake watermark of one mailbox.
type MailboxState struct {
	Name        string
	UIDValidity uint32
	LastUID     uint32
	Since       time.Time
}

// Store is what the workflow needs from storage. Every method of Tx runs inside one
// database transaction; Store.InTx commits only when fn returns nil.
type Store interface {
	InTx(ctx context.Context, fn func(tx Tx) error) error
	Tx // read-only helpers outside a transaction
	ClaimOutbox(ctx context.Context, now time.Time, limit int, lease time.Duration) ([]OutboxMail, error)
	// OutboxStillClaimed reports whether a claimed row is still this claim's to send: not
	// sent, and not claimed again by another instance after this claim's lease ran out.
	OutboxStillClaimed(ctx context.Context, m OutboxMail) (bool, error)
	OutboxSent(ctx context.Context, id int64, now time.Time) error
	OutboxRetry(ctx context.Context, id int64, next time.Time, errText string, unknown bool) error
	Close() error
}

// Tx is the transactional part of the store.
type Tx interface {
	WebTx // web.go
	DigestTx

	NextRef(ctx context.Context, prefix string) (string, error)
	CreateRequest(ctx context.Context, r *Request) error
	UpdateRequest(ctx context.Context, r *Request) error
	RequestByRef(ctx context.Context, ref string) (*Request, error)
	RequestByID(ctx context.Context, id int64) (*Request, error)
	RequestBySupplierRef(ctx context.Context, supplierRef string) (*Request, error)
	RequestByThreadID(ctx context.Context, messageIDs []string) (*Request, error)
	ListRequests(ctx context.Context, f ListFilter) ([]Request, error)
	AddThreadID(ctx context.Context, messageID string, requestID int64, outgoing bool) error

	SeenMessage(ctx context.Context, messageID, sha string) (bool, error)
	RecordMessage(ctx context.Context, m *InboundRecord) error
	MessageRaw(ctx context.Context, id int64) ([]byte, error)
	MessageRawByKey(ctx context.Context, messageID, sha string) ([]byte, error)

	AppendEvent(ctx context.Context, e *Event) error
	Events(ctx context.Context, requestID int64) ([]Event, error)
	AllEvents(ctx context.Context, fn func(Event) error) error

	CreateApproval(ctx context.Context, a *Approval) error
	ApprovalByTokenHash(ctx context.Context, hash string) (*Approval, error)
	Approvals(ctx context.Context, requestID int64) ([]Approval, error)
	UpdateApproval(ctx context.Context, a *Approval) error

	Enqueue(ctx context.Context, m *OutboxMail) error
	// SetOutboxRaw stores the rendered mail of a row queued as a spec and makes it due at
	// due (a row queued as a spec is not due before); false when the row was rendered
	// already (the first bytes stored stay).
	SetOutboxRaw(ctx context.Context, id int64, raw []byte, due time.Time) (bool, error)
	OutboxMail(ctx context.Context, id int64) (*OutboxMail, error)
	// Unrendered lists up to limit rows still queued as a spec, oldest first.
	Unrendered(ctx context.Context, limit int) ([]OutboxMail, error)
	CountRecentMail(ctx context.Context, kind, recipient string, since time.Time) (int, error)
	CountRecentKind(ctx context.Context, kinds []string, since time.Time) (int, error)
	OutboxStats(ctx context.Context) (pending, failed int, err error)
	MarkOutboxFailed(ctx context.Context, id int64, errText string) error
	Outbox(ctx context.Context, status string) ([]OutboxMail, error)
	OutboxByRequest(ctx context.Context, requestID int64) ([]OutboxMail, error)
	// OutboxOfKinds lists a request's rows of the given kinds, oldest first.
	OutboxOfKinds(ctx context.Context, requestID int64, kinds []string) ([]OutboxMail, error)

	Mailbox(ctx context.Context, name string) (*MailboxState, error)
	SaveMailbox(ctx context.Context, m *MailboxState) error

	RecordFailure(ctx context.Context, key, errText string, now time.Time) (attempts int, err error)
	Quarantine(ctx context.Context, key string) error
}

// ListFilter selects requests for ListRequests.
type ListFilter struct {
	Status Status
	Limit  int
}
