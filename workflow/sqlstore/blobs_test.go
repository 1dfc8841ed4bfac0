package sqlstore_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// bigRaw is a raw mail above the blob threshold (64 KiB), different per seed.
func bigRaw(seed string, size int) []byte {
	var b bytes.Buffer
	b.WriteString("Message-ID: <" + seed + "@x>\r\nSubject: big\r\n\r\n")
	for b.Len() < size {
		b.WriteString(seed + " 0123456789abcdefghijklmnopqrstuvwxyz\r\n")
	}
	return b.Bytes()
}

func shaHex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// Large raw mails round-trip on both databases: SQLite keeps them as files next to the
// database (the row holds only the name), PostgreSQL in the row; small ones stay in the row.
func TestRawMailsRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		now := time.Now()
		small, big := []byte("Subject: small\r\n\r\nhi\r\n"), bigRaw("m-big", 300<<10)
		err := s.InTx(ctx, func(tx workflow.Tx) error {
			for i, raw := range [][]byte{small, big} {
				id := []string{"m-small@x", "m-big@x"}[i]
				if err := tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: uint32(i + 1), MessageID: id, SHA256: shaHex(raw),
					Action: "new_request", ReceivedAt: now, Raw: raw}); err != nil {
					return err
				}
				if err := tx.Enqueue(ctx, &workflow.OutboxMail{Kind: "forward", MessageID: "out-" + id, From: "spoc@x", Recipients: []string{"s@y"},
					Raw: raw, NextAttemptAt: now, CreatedAt: now}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, raw := range [][]byte{small, big} {
			got, err := s.MessageRaw(ctx, int64(i+1))
			if err != nil || !bytes.Equal(got, raw) {
				t.Fatalf("MessageRaw(%d) = %d bytes, %v; want %d bytes", i+1, len(got), err, len(raw))
			}
			id := []string{"m-small@x", "m-big@x"}[i]
			got, err = s.MessageRawByKey(ctx, id, shaHex(raw))
			if err != nil || !bytes.Equal(got, raw) {
				t.Fatalf("MessageRawByKey(%s) = %d bytes, %v", id, len(got), err)
			}
		}
		claimed, err := s.ClaimOutbox(ctx, now.Add(time.Second), 10, time.Minute)
		if err != nil || len(claimed) != 2 {
			t.Fatalf("ClaimOutbox = %d rows, %v", len(claimed), err)
		}
		for _, m := range claimed {
			want := small
			if m.MessageID == "out-m-big@x" {
				want = big
			}
			if !bytes.Equal(m.Raw, want) {
				t.Errorf("outbox %s: %d bytes, want %d", m.MessageID, len(m.Raw), len(want))
			}
		}

		var inRow int
		if err := s.SQL().GetContext(ctx, &inRow, `SELECT COALESCE(SUM(LENGTH(raw)), 0) FROM messages`); err != nil {
			t.Fatal(err)
		}
		if s.Dialect() == "postgres" {
			if inRow != len(small)+len(big) {
				t.Errorf("PostgreSQL rows hold %d raw bytes, want all %d", inRow, len(small)+len(big))
			}
			return
		}
		if inRow != len(small) {
			t.Errorf("SQLite rows hold %d raw bytes, want only the small mail's %d", inRow, len(small))
		}
	})
}

// A blob file that was changed or removed is an error naming the file, never other bytes.
func TestRawBlobDamageDetected(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "spocd.db")
	s := storetest.SQLiteAt(t, dbPath)
	ctx := context.Background()
	big := bigRaw("damaged", 100<<10)
	if err := s.InTx(ctx, func(tx workflow.Tx) error {
		return tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: 1, MessageID: "d@x", SHA256: shaHex(big),
			Action: "new_request", ReceivedAt: time.Now(), Raw: big})
	}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dbPath+"-blobs", shaHex(big)[:2], shaHex(big))
	if b, err := os.ReadFile(file); err != nil || !bytes.Equal(b, big) {
		t.Fatalf("blob file %s: %d bytes, %v", file, len(b), err)
	}
	if err := os.WriteFile(file, append(big[:len(big)-1:len(big)-1], 'X'), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MessageRaw(ctx, 1); err == nil || !strings.Contains(err.Error(), "does not match its hash") {
		t.Fatalf("MessageRaw of a changed blob = %v, want a hash mismatch", err)
	}
	os.Remove(file)
	if _, err := s.MessageRaw(ctx, 1); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("MessageRaw of a removed blob = %v, want missing", err)
	}
}

// migrate-db's Copy puts blobs back into the rows of the target database.
func TestCopyInlinesBlobs(t *testing.T) {
	src := storetest.SQLite(t)
	dst := storetest.Postgres(t)
	ctx := context.Background()
	big := bigRaw("copied", 200<<10)
	now := time.Now()
	if err := src.InTx(ctx, func(tx workflow.Tx) error {
		if err := tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: 1, MessageID: "c@x", SHA256: shaHex(big),
			Action: "new_request", ReceivedAt: now, Raw: big}); err != nil {
			return err
		}
		return tx.Enqueue(ctx, &workflow.OutboxMail{Kind: "forward", MessageID: "out-c@x", From: "spoc@x", Recipients: []string{"s@y"},
			Raw: big, NextAttemptAt: now, CreatedAt: now})
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := src.Copy(ctx, dst); err != nil {
		t.Fatal(err)
	}
	got, err := dst.MessageRawByKey(ctx, "c@x", shaHex(big))
	if err != nil || !bytes.Equal(got, big) {
		t.Fatalf("copied message raw = %d bytes, %v", len(got), err)
	}
	claimed, err := dst.ClaimOutbox(ctx, now.Add(time.Second), 10, time.Minute)
	if err != nil || len(claimed) != 1 || !bytes.Equal(claimed[0].Raw, big) {
		t.Fatalf("copied outbox = %d rows, %v", len(claimed), err)
	}
	var blobs int
	dst.SQL().GetContext(ctx, &blobs, `SELECT COUNT(*) FROM messages WHERE raw_blob <> ''`)
	if blobs != 0 {
		t.Errorf("%d copied rows still refer to blob files", blobs)
	}
}

// New SQLite databases get 4 KB pages, WAL, and temporary files (statement journals) in
// memory.
func TestNewSQLitePageSize(t *testing.T) {
	s := storetest.SQLite(t)
	var n int
	if err := s.SQL().Get(&n, `PRAGMA page_size`); err != nil || n != 4096 {
		t.Fatalf("page_size = %d, %v; want 4096", n, err)
	}
	if err := s.SQL().Get(&n, `PRAGMA temp_store`); err != nil || n != 2 {
		t.Fatalf("temp_store = %d, %v; want 2 (memory)", n, err)
	}
	var mode string
	if err := s.SQL().Get(&mode, `PRAGMA journal_mode`); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v; want wal", mode, err)
	}
}

// StageRaw writes a large mail's blob ahead of the transaction; recording the message then
// finds the file in place. Small mail is not staged.
func TestStageRaw(t *testing.T) {
	dir := t.TempDir()
	s := storetest.SQLiteAt(t, filepath.Join(dir, "spocd.db"))
	ctx := context.Background()
	small, big := []byte("Subject: s\r\n\r\nx\r\n"), bigRaw("staged", 80<<10)
	if err := s.StageRaw(small, shaHex(small)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "spocd.db-blobs")); err == nil {
		t.Fatal("a small mail was staged as a blob")
	}
	if err := s.StageRaw(big, shaHex(big)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "spocd.db-blobs", shaHex(big)[:2], shaHex(big))
	before, err := os.Stat(file)
	if err != nil {
		t.Fatalf("staged blob: %v", err)
	}
	if err := s.InTx(ctx, func(tx workflow.Tx) error {
		return tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: 1, MessageID: "st@x", SHA256: shaHex(big),
			Action: "new_request", ReceivedAt: time.Now(), Raw: big})
	}); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(file)
	if err != nil || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("recording rewrote the staged blob: %v", err)
	}
	if got, err := s.MessageRaw(ctx, 1); err != nil || !bytes.Equal(got, big) {
		t.Fatalf("MessageRaw = %d bytes, %v", len(got), err)
	}
}
