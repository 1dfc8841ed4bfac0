package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
)

// InTxDeferred commits with synchronous = NORMAL on its own connection and hands the
// connection back with FULL; Sync syncs the log once after such commits; a failed
// transaction commits nothing.
func TestInTxDeferred(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := openSQLiteFile(t, dir)
	synchronous := func(e interface {
		GetContext(context.Context, any, string, ...any) error
	}) int {
		var n int
		if err := e.GetContext(ctx, &n, "PRAGMA synchronous"); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := synchronous(s.db); n != 2 {
		t.Fatalf("synchronous = %d outside, want 2 (FULL)", n)
	}
	if err := s.Sync(ctx); err != nil || s.deferred.Load() {
		t.Fatalf("Sync with nothing deferred = %v, pending %v", err, s.deferred.Load())
	}
	record := func(uid uint32) func(workflow.Tx) error {
		return func(tx workflow.Tx) error {
			if n := synchronous(tx.(*q).ext.(interface {
				GetContext(context.Context, any, string, ...any) error
			})); n != 1 {
				t.Errorf("synchronous = %d inside InTxDeferred, want 1 (NORMAL)", n)
			}
			return tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: uid, MessageID: fmt.Sprintf("d%d@x", uid), SHA256: "ab",
				Action: "new_request", ReceivedAt: time.Now(), Raw: []byte("x")})
		}
	}
	var err error
	if err := s.InTxDeferred(ctx, record(1)); err != nil {
		t.Fatal(err)
	}
	if n := synchronous(s.db); n != 2 {
		t.Errorf("synchronous = %d after InTxDeferred, want 2 (FULL) again", n)
	}
	if !s.deferred.Load() {
		t.Error("no Sync pending after a deferred commit")
	}
	var count int
	if err := s.db.Get(&count, `SELECT COUNT(*) FROM messages WHERE message_id = 'd1@x'`); err != nil || count != 1 {
		t.Fatalf("committed rows = %d, %v; want 1", count, err)
	}
	if _, err := os.Stat(s.walPath); err != nil {
		t.Fatalf("write-ahead log %s: %v", s.walPath, err)
	}
	if err := s.Sync(ctx); err != nil || s.deferred.Load() {
		t.Fatalf("Sync = %v, pending %v; want nil, false", err, s.deferred.Load())
	}

	// A transaction that fails commits nothing and asks for no sync.
	boom := errors.New("boom")
	err = s.InTxDeferred(ctx, func(tx workflow.Tx) error {
		if err := record(2)(tx); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) || s.deferred.Load() {
		t.Fatalf("failed InTxDeferred = %v, pending %v", err, s.deferred.Load())
	}
	if err := s.db.Get(&count, `SELECT COUNT(*) FROM messages`); err != nil || count != 1 {
		t.Fatalf("rows after a failed transaction = %d, %v; want 1", count, err)
	}
	if n := synchronous(s.db); n != 2 {
		t.Errorf("synchronous = %d after a failed InTxDeferred, want 2", n)
	}

	// No log file (a checkpoint moved it all into the database file): nothing to sync.
	s.deferred.Store(true)
	s.walPath = filepath.Join(dir, "no-such-dir", "spocd.db-wal")
	if err := s.Sync(ctx); err != nil {
		t.Fatalf("Sync without a log file = %v, want nil (nothing to sync)", err)
	}
}
