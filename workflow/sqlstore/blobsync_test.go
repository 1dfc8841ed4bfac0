package sqlstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
)

// A blob written by a transaction is made durable before it commits; one staged ahead of
// its transaction (StageRaw) is synced at once and not again by the transaction that
// records it; a failed sync keeps blobs pending for the next one.
func TestBlobSyncBeforeCommit(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := openSQLiteFile(t, dir)
	pending := func() int {
		s.blobs.mu.Lock()
		defer s.blobs.mu.Unlock()
		return len(s.blobs.unsynced)
	}
	blob := func(seed string) ([]byte, string) {
		raw := bytes.Repeat([]byte(seed), (80<<10)/len(seed))
		sum := sha256.Sum256(raw)
		return raw, hex.EncodeToString(sum[:])
	}
	record := func(uid uint32, raw []byte, sha string, during func()) {
		t.Helper()
		if err := s.InTx(ctx, func(tx workflow.Tx) error {
			if err := tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: uid, MessageID: sha[:8] + "@x", SHA256: sha,
				Action: "new_request", ReceivedAt: time.Now(), Raw: raw}); err != nil {
				return err
			}
			during()
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}

	// Written inside the transaction: pending until the commit.
	big, sha := blob("0123456789abcdef")
	record(1, big, sha, func() {
		if n := pending(); n != 1 {
			t.Errorf("inside the transaction %d blobs wait for a sync, want 1", n)
		}
	})
	if n := pending(); n != 0 {
		t.Errorf("after the commit %d blobs wait for a sync, want 0", n)
	}

	// Staged: durable at once, and found synced by the transaction that records it.
	staged, ssha := blob("fedcba9876543210")
	if err := s.StageRaw(staged, ssha); err != nil {
		t.Fatal(err)
	}
	if n := pending(); n != 0 {
		t.Fatalf("after StageRaw %d blobs wait for a sync, want 0 (staging syncs)", n)
	}
	record(2, staged, ssha, func() {
		if n := pending(); n != 0 {
			t.Errorf("recording a staged blob listed it for another sync (%d pending)", n)
		}
	})

	// Without syncfs (a directory that cannot be opened) each file is synced; one that
	// cannot be stays pending, and so does the rest. A file listed twice is synced once.
	b := &blobStore{dir: filepath.Join(dir, "missing")}
	good := filepath.Join(dir, "good")
	if err := os.WriteFile(good, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(dir, "gone")
	b.written(good)
	b.written(gone)
	b.written(good)
	if err := b.sync(); err == nil {
		t.Fatal("sync of a missing file = nil, want an error")
	}
	if len(b.unsynced) != 2 {
		t.Fatalf("after a failed sync %d blobs are pending, want 2", len(b.unsynced))
	}
	delete(b.unsynced, gone)
	if err := b.sync(); err != nil || len(b.unsynced) != 0 || !b.isSynced(good) {
		t.Errorf("sync of a file without syncfs = %v, %d pending, synced %v; want nil, 0, true", err, len(b.unsynced), b.isSynced(good))
	}
}

// openSQLiteFile opens and migrates a SQLite database file "spocd.db" in dir.
func openSQLiteFile(t *testing.T, dir string) *DB {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, "sqlite", filepath.Join(dir, "spocd.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}
