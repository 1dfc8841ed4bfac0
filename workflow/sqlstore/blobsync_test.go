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

// A blob is written without a sync of its own; the transaction that refers to it makes it
// durable before it commits, and a failed sync keeps it pending for the next one.
func TestBlobSyncBeforeCommit(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(ctx, "sqlite", filepath.Join(dir, "spocd.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	pending := func() int {
		s.blobs.mu.Lock()
		defer s.blobs.mu.Unlock()
		return len(s.blobs.unsynced)
	}
	big := bytes.Repeat([]byte("0123456789abcdef"), 80<<6)
	sum := sha256.Sum256(big)
	sha := hex.EncodeToString(sum[:])
	if err := s.StageRaw(big, sha); err != nil {
		t.Fatal(err)
	}
	if n := pending(); n != 1 {
		t.Fatalf("after StageRaw %d blobs wait for a sync, want 1", n)
	}
	if err := s.InTx(ctx, func(tx workflow.Tx) error {
		if n := pending(); n == 0 {
			t.Error("the blob was synced before the transaction's commit")
		}
		return tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: 1, MessageID: "p@x", SHA256: sha,
			Action: "new_request", ReceivedAt: time.Now(), Raw: big})
	}); err != nil {
		t.Fatal(err)
	}
	if n := pending(); n != 0 {
		t.Errorf("after the commit %d blobs wait for a sync, want 0", n)
	}

	// Without syncfs (a directory that cannot be opened) each file is synced; one that
	// cannot be stays pending, and so does the rest.
	b := &blobStore{dir: filepath.Join(dir, "missing")}
	good := filepath.Join(dir, "good")
	if err := os.WriteFile(good, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	b.written(good)
	b.written(filepath.Join(dir, "gone"))
	if err := b.sync(); err == nil {
		t.Fatal("sync of a missing file = nil, want an error")
	}
	if len(b.unsynced) != 2 {
		t.Fatalf("after a failed sync %d blobs are pending, want 2", len(b.unsynced))
	}
	b.unsynced = b.unsynced[:1]
	if err := b.sync(); err != nil || len(b.unsynced) != 0 {
		t.Errorf("sync of a file without syncfs = %v, %d pending; want nil, 0", err, len(b.unsynced))
	}
}
