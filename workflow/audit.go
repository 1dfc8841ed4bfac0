package workflow

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
)

// EventHash is the hash of one event given the previous event's hash: the chain that makes
// the audit log tamper-evident. It covers every field and the hash of the raw mail behind
// the event.
func EventHash(prev string, e *Event) string {
	h := sha256.New()
	rid := int64(0)
	if e.RequestID != nil {
		rid = *e.RequestID
	}
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s\x00%s", prev, rid, e.At.UnixMilli(), e.Kind, e.Actor, e.MessageID, e.Detail, e.RawSHA256)
	return hex.EncodeToString(h.Sum(nil))
}

// AuditReport is the outcome of VerifyAudit.
type AuditReport struct {
	Events   int
	Messages int    // raw mails checked against their recorded hash
	BrokenAt *Event // the first event that does not verify, nil when all is well
	Problem  string
}

// VerifyAudit walks the whole event log: every event must link to the previous one, its
// hash must match its contents, and the stored raw mail behind it must still have the hash
// the event recorded.
func (e *Engine) VerifyAudit(ctx context.Context) (AuditReport, error) {
	var rep AuditReport
	prev := ""
	stop := errors.New("stop")
	err := e.store.AllEvents(ctx, func(ev Event) error {
		rep.Events++
		fail := func(why string) error {
			ev := ev
			rep.BrokenAt, rep.Problem = &ev, why
			return stop
		}
		if ev.PrevHash != prev {
			return fail("does not link to the event before it (an event was removed, inserted or reordered)")
		}
		if EventHash(ev.PrevHash, &ev) != ev.Hash {
			return fail("its contents do not match its hash (the event was changed)")
		}
		if ev.RawSHA256 != "" && ev.MessageID != "" {
			raw, err := e.store.MessageRawByKey(ctx, ev.MessageID, ev.RawSHA256)
			switch {
			case errors.Is(err, ErrNotFound):
				return fail("the raw mail behind it is missing")
			case errors.Is(err, ErrRawDamaged):
				return fail("the raw mail behind it was changed or removed (" + err.Error() + ")")
			case err != nil:
				return err
			}
			sum := sha256.Sum256(raw)
			if hex.EncodeToString(sum[:]) != ev.RawSHA256 {
				return fail("the raw mail behind it was changed")
			}
			rep.Messages++
		}
		prev = ev.Hash
		return nil
	})
	if err != nil && !errors.Is(err, stop) {
		return rep, fmt.Errorf("verify audit log: %w", err)
	}
	return rep, nil
}
