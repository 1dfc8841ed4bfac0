package workflow

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spocd/spocd/templates"
)

// Unprocessed is a message in the SPOC mailbox that spocd has not processed.
type Unprocessed struct {
	UID      uint32
	Received time.Time
}

// ReconcileReport is what the daily comparison of the mailbox with the database found.
type ReconcileReport struct {
	Unprocessed []Unprocessed // older than an hour and still without the processed keyword
	Problems    []string      // failing IMAP or SMTP logins and the like
}

// Reconcile records the daily check and tells the customer SPOC when something is wrong.
func (e *Engine) Reconcile(ctx context.Context, rep ReconcileReport) (told bool, err error) {
	var lines []string
	for _, u := range rep.Unprocessed {
		lines = append(lines, fmt.Sprintf("UID %d, received %s", u.UID, u.Received.In(e.cfg.Organisation.Location).Format("2006-01-02 15:04")))
	}
	lines = append(lines, rep.Problems...)
	var found why
	unprocessed, problems := strconv.Itoa(len(rep.Unprocessed)), strconv.Itoa(len(rep.Problems))
	switch {
	case len(rep.Unprocessed) > 0 && len(rep.Problems) > 0:
		found = reason("unprocessed-and-problems", unprocessed, problems)
	case len(rep.Unprocessed) > 0:
		found = reason("unprocessed", unprocessed)
	case len(rep.Problems) > 0:
		found = reason("connection-problems", problems)
	}
	err = e.store.InTx(ctx, func(tx Tx) error {
		detail := "mailbox and database agree"
		if found.code != "" {
			// The audit detail has always parted the two findings with "; ".
			detail = strings.Replace(found.String(), ", ", "; ", 1) + ": " + strings.Join(lines, "; ")
		}
		if err := tx.AppendEvent(ctx, &Event{At: e.now(), Kind: "reconciled", Actor: "spocd", Detail: clipText(detail, 4000)}); err != nil {
			return err
		}
		if found.code == "" {
			return nil
		}
		if len(lines) > 50 {
			lines = append(lines[:50], fmt.Sprintf("… and %d more", len(lines)-50))
		}
		return e.send(ctx, tx, nil, outMail{kind: "reconcile", tmpl: "reconcile", to: []string{e.cfg.SPOC.Customer},
			data: found.data(templates.Data{Lines: lines})})
	})
	return found.code != "" && err == nil, err
}
