package imapin

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"
)

// TestRealServer runs the main path against a real IMAP server (Dovecot,
// Exchange, ...), because the memory server is only a test double. It is
// skipped unless SPOCD_IMAP_TEST_ADDR is set:
//
//	SPOCD_IMAP_TEST_ADDR=127.0.0.1:143 SPOCD_IMAP_TEST_TLS=starttls \
//	SPOCD_IMAP_TEST_USER=u SPOCD_IMAP_TEST_PASS=p SPOCD_IMAP_TEST_INSECURE=1 \
//	SPOCD_IMAP_TEST_MAILBOX=spocd-test go test ./mail/imapin -run TestRealServer -v
//
// The mailbox (default "spocd-test") must exist and is only appended to.
func TestRealServer(t *testing.T) {
	addr := os.Getenv("SPOCD_IMAP_TEST_ADDR")
	if addr == "" {
		t.Skip("SPOCD_IMAP_TEST_ADDR not set")
	}
	mailbox := os.Getenv("SPOCD_IMAP_TEST_MAILBOX")
	if mailbox == "" {
		mailbox = "spocd-test"
	}
	cfg := Config{
		Addr:               addr,
		TLS:                os.Getenv("SPOCD_IMAP_TEST_TLS"),
		InsecureSkipVerify: os.Getenv("SPOCD_IMAP_TEST_INSECURE") == "1",
		Username:           os.Getenv("SPOCD_IMAP_TEST_USER"),
		Password:           os.Getenv("SPOCD_IMAP_TEST_PASS"),
		Mailbox:            mailbox,
		Idle:               true,
		PollInterval:       2 * time.Second,
	}
	s := dialTest(t, cfg)
	other := dialTest(t, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	before := s.State()
	go func() {
		time.Sleep(300 * time.Millisecond)
		raw := testMessage(int(time.Now().Unix()%1000), fmt.Sprintf("spocd real-server test %s", time.Now().Format(time.RFC3339Nano)))
		if err := other.Append(ctx, mailbox, raw); err != nil {
			t.Errorf("Append() = %v", err)
		}
	}()
	got, err := s.Wait(ctx, 30*time.Second)
	if err != nil || !got {
		t.Fatalf("Wait() = %v, %v, want true (IDLE %v)", got, err, s.CanIdle())
	}
	var after uint32
	if before.UIDNext > 0 {
		after = before.UIDNext - 1
	}
	var fetched []Fetched
	if err := s.Fetch(ctx, after, func(b []Fetched) error {
		fetched = append(fetched, b...)
		return nil
	}); err != nil {
		t.Fatalf("Fetch() = %v", err)
	}
	if len(fetched) == 0 {
		t.Fatalf("Fetch(after %d) found nothing", after)
	}
	uid := fetched[len(fetched)-1].UID
	if err := s.MarkProcessed(ctx, []uint32{uid}); err != nil {
		t.Fatalf("MarkProcessed() = %v", err)
	}
	un, err := s.Unprocessed(ctx, uid)
	if err != nil || slices.Contains(un, uid) {
		t.Errorf("Unprocessed(%d) = %v, %v, want no %d", uid, un, err, uid)
	}
}
