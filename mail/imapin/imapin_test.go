package imapin

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

func TestFetchAfterWatermark(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	msgs := ts.appendMessages(t, "INBOX", 5)
	s := dialTest(t, ts.config())
	ctx := context.Background()

	st := s.State()
	if st.UIDValidity == 0 || st.UIDNext != 6 || st.Messages != 5 {
		t.Fatalf("State() = %+v, want UIDValidity set, UIDNext 6, Messages 5", st)
	}

	tests := []struct {
		after uint32
		want  []uint32
	}{
		{0, []uint32{1, 2, 3, 4, 5}},
		{3, []uint32{4, 5}},
		{5, []uint32{}},   // the `UID 6:*` trap: the server answers UID 5
		{100, []uint32{}}, // far above the highest UID
		{^uint32(0), []uint32{}},
	}
	for _, tt := range tests {
		got := flatten(collect(t, func(fn func([]Fetched) error) error { return s.Fetch(ctx, tt.after, fn) }))
		if !slices.Equal(uidsOf(got), tt.want) {
			t.Errorf("Fetch(after %d) UIDs = %v, want %v", tt.after, uidsOf(got), tt.want)
		}
		for _, m := range got {
			if !bytes.Equal(m.Raw, msgs[m.UID-1]) {
				t.Errorf("Fetch(after %d) uid %d Raw = %q, want %q", tt.after, m.UID, m.Raw, msgs[m.UID-1])
			}
			if m.UIDValidity != st.UIDValidity || m.Size != int64(len(msgs[m.UID-1])) || m.Truncated || m.Processed || m.InternalDate.IsZero() {
				t.Errorf("Fetch(after %d) uid %d = {UIDValidity %d, Size %d, Truncated %v, Processed %v, InternalDate %v}, want {%d, %d, false, false, set}",
					tt.after, m.UID, m.UIDValidity, m.Size, m.Truncated, m.Processed, m.InternalDate, st.UIDValidity, len(msgs[m.UID-1]))
			}
		}
	}
}

func TestFetchBatching(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 10)
	cfg := ts.config()
	cfg.BatchSize = 3
	s := dialTest(t, cfg)
	ctx := context.Background()

	batches := collect(t, func(fn func([]Fetched) error) error { return s.Fetch(ctx, 0, fn) })
	var sizes []int
	for _, b := range batches {
		sizes = append(sizes, len(b))
	}
	if !slices.Equal(sizes, []int{3, 3, 3, 1}) {
		t.Errorf("Fetch() batch sizes = %v, want [3 3 3 1]", sizes)
	}
	if got := uidsOf(flatten(batches)); !slices.Equal(got, []uint32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) {
		t.Errorf("Fetch() UIDs = %v, want 1..10 in order", got)
	}

	// An error from fn stops Fetch after that batch and is returned.
	calls := 0
	err := s.Fetch(ctx, 0, func([]Fetched) error {
		calls++
		return errStop
	})
	if !errors.Is(err, errStop) || calls != 1 {
		t.Errorf("Fetch(fn fails) = %v after %d calls, want errStop after 1", err, calls)
	}

	// FetchUIDs: specific UIDs, sorted, deduplicated, missing ones skipped.
	got := flatten(collect(t, func(fn func([]Fetched) error) error {
		return s.FetchUIDs(ctx, []uint32{9, 2, 2, 0, 42, 5}, fn)
	}))
	if !slices.Equal(uidsOf(got), []uint32{2, 5, 9}) {
		t.Errorf("FetchUIDs() UIDs = %v, want [2 5 9]", uidsOf(got))
	}

	// The session stays usable after all that: MarkProcessed inside fn.
	err = s.Fetch(ctx, 8, func(b []Fetched) error { return s.MarkProcessed(ctx, uidsOf(b)) })
	if err != nil {
		t.Fatalf("Fetch(mark in fn) = %v", err)
	}
	if un, err := s.Unprocessed(ctx, 0); err != nil || !slices.Equal(un, []uint32{1, 2, 3, 4, 5, 6, 7, 8}) {
		t.Errorf("Unprocessed() = %v, %v, want [1..8]", un, err)
	}
}

func TestFetchDoesNotSetSeen(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 2)
	s := dialTest(t, ts.config())
	collect(t, func(fn func([]Fetched) error) error { return s.Fetch(context.Background(), 0, fn) })
	for _, uid := range []uint32{1, 2} {
		if flags := ts.flagsOf(t, "INBOX", uid); hasFlagT(flags, string(imap.FlagSeen)) {
			t.Errorf("flags of uid %d after Fetch = %v, want no \\Seen", uid, flags)
		}
	}
}

func TestFetchTruncated(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	small := testMessage(1, "short")
	big := testMessage(2, strings.Repeat("0123456789abcdef", 400)) // ~6.6 KB
	ts.appendRaw(t, "INBOX", small)
	ts.appendRaw(t, "INBOX", big)
	cfg := ts.config()
	cfg.MaxMessageBytes = 1024
	s := dialTest(t, cfg)

	got := flatten(collect(t, func(fn func([]Fetched) error) error { return s.Fetch(context.Background(), 0, fn) }))
	if len(got) != 2 {
		t.Fatalf("Fetch() returned %d messages, want 2", len(got))
	}
	if got[0].Truncated || !bytes.Equal(got[0].Raw, small) {
		t.Errorf("small message: Truncated = %v, Raw = %q, want false, %q", got[0].Truncated, got[0].Raw, small)
	}
	if !got[1].Truncated || got[1].Size != int64(len(big)) || !bytes.Equal(got[1].Raw, big[:1024]) {
		t.Errorf("big message: Truncated = %v, Size = %d, len(Raw) = %d, want true, %d, 1024 (prefix)",
			got[1].Truncated, got[1].Size, len(got[1].Raw), len(big))
	}
}

func TestFetchByteBudget(t *testing.T) {
	// Batches are cut by bytes as well as count: three messages of 2/5 of
	// the budget each give batches of 2 and 1.
	each := int64(maxBatchBytes) * 2 / 5
	metas := []meta{{uid: 1, size: each}, {uid: 2, size: each}, {uid: 3, size: each}}
	var sizes []int
	for len(metas) > 0 {
		k := cutBatch(metas, 32<<20)
		sizes = append(sizes, k)
		metas = metas[k:]
	}
	if !slices.Equal(sizes, []int{2, 1}) {
		t.Errorf("cutBatch sizes = %v, want [2 1]", sizes)
	}
	// A single message over the budget still forms a batch.
	if k := cutBatch([]meta{{uid: 1, size: 1 << 40}, {uid: 2, size: 1}}, 1<<40); k != 1 {
		t.Errorf("cutBatch(huge first) = %d, want 1", k)
	}
}

func TestMarkProcessed(t *testing.T) {
	tests := []struct {
		name      string
		caps      imap.CapSet
		folder    string
		wantInbox uint32 // messages left in INBOX
	}{
		{"keyword only", nil, "", 3},
		{"move", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapMove: {}}, "Processed", 1},
		{"copy fallback without MOVE", imap.CapSet{imap.CapIMAP4rev1: {}}, "Processed", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, serverOptions{caps: tt.caps, folders: []string{"Processed"}})
			ts.appendMessages(t, "INBOX", 3)
			cfg := ts.config()
			cfg.ProcessedFolder = tt.folder
			s := dialTest(t, cfg)
			ctx := context.Background()

			if !s.KeywordSupported() {
				t.Fatalf("KeywordSupported() = false, want true (memory server allows \\*)")
			}
			if err := s.MarkProcessed(ctx, []uint32{3, 1, 1}); err != nil {
				t.Fatalf("MarkProcessed() = %v", err)
			}
			if n := ts.count(t, "INBOX"); n != tt.wantInbox {
				t.Errorf("INBOX holds %d messages, want %d", n, tt.wantInbox)
			}
			if tt.folder != "" {
				if n := ts.count(t, tt.folder); n != 2 {
					t.Errorf("%s holds %d messages, want 2", tt.folder, n)
				}
				for _, uid := range []uint32{1, 2} {
					if flags := ts.flagsOf(t, tt.folder, uid); !hasFlagT(flags, DefaultKeyword) {
						t.Errorf("flags in %s of uid %d = %v, want %s", tt.folder, uid, flags, DefaultKeyword)
					}
				}
			}
			if tt.wantInbox == 3 {
				for uid, want := range map[uint32]bool{1: true, 2: false, 3: true} {
					if got := hasFlagT(ts.flagsOf(t, "INBOX", uid), DefaultKeyword); got != want {
						t.Errorf("INBOX uid %d has keyword = %v, want %v", uid, got, want)
					}
				}
				got := flatten(collect(t, func(fn func([]Fetched) error) error { return s.Fetch(ctx, 0, fn) }))
				for _, m := range got {
					if want := m.UID != 2; m.Processed != want {
						t.Errorf("Fetch() uid %d Processed = %v, want %v", m.UID, m.Processed, want)
					}
				}
			}
			if un, err := s.Unprocessed(ctx, 0); err != nil || !slices.Equal(un, []uint32{2}) {
				t.Errorf("Unprocessed() = %v, %v, want [2]", un, err)
			}
			// Marking again (a retry after a crash) is harmless.
			if err := s.MarkProcessed(ctx, []uint32{1, 3}); err != nil {
				t.Errorf("MarkProcessed(again) = %v", err)
			}
			if tt.folder != "" {
				if n := ts.count(t, tt.folder); n != 2 {
					t.Errorf("%s holds %d messages after marking again, want 2 (no duplicate copies)", tt.folder, n)
				}
			}
		})
	}
}

func TestMarkProcessedMissingFolder(t *testing.T) {
	for _, caps := range []imap.CapSet{{imap.CapIMAP4rev1: {}, imap.CapMove: {}}, {imap.CapIMAP4rev1: {}}} {
		ts := newTestServer(t, serverOptions{caps: caps})
		ts.appendMessages(t, "INBOX", 1)
		cfg := ts.config()
		cfg.ProcessedFolder = "Nope"
		s := dialTest(t, cfg)
		err := s.MarkProcessed(context.Background(), []uint32{1})
		if !errors.Is(err, ErrMailbox) || !strings.Contains(err.Error(), `"Nope"`) {
			t.Errorf("MarkProcessed(missing folder, caps %v) = %v, want ErrMailbox naming the folder", caps, err)
		}
		if n := ts.count(t, "INBOX"); n != 1 {
			t.Errorf("INBOX holds %d messages after failed move, want 1", n)
		}
	}
}

func TestMoveSweepsMarkedStragglers(t *testing.T) {
	// A crash between STORE and MOVE leaves a marked message in INBOX; the
	// next MarkProcessed moves it too.
	ts := newTestServer(t, serverOptions{folders: []string{"Processed"}})
	ts.appendMessages(t, "INBOX", 3)
	plain := dialTest(t, ts.config())
	if err := plain.MarkProcessed(context.Background(), []uint32{1}); err != nil {
		t.Fatalf("MarkProcessed(keyword only) = %v", err)
	}
	cfg := ts.config()
	cfg.ProcessedFolder = "Processed"
	s := dialTest(t, cfg)
	if err := s.MarkProcessed(context.Background(), []uint32{2}); err != nil {
		t.Fatalf("MarkProcessed() = %v", err)
	}
	if in, out := ts.count(t, "INBOX"), ts.count(t, "Processed"); in != 1 || out != 2 {
		t.Errorf("INBOX/Processed hold %d/%d messages, want 1/2", in, out)
	}
}

func TestFlagAndUnprocessed(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 5)
	s := dialTest(t, ts.config())
	ctx := context.Background()

	if err := s.MarkProcessed(ctx, []uint32{2, 4}); err != nil {
		t.Fatalf("MarkProcessed() = %v", err)
	}
	if err := s.Flag(ctx, []uint32{3}, "$SPOCdQuarantine"); err != nil {
		t.Fatalf("Flag() = %v", err)
	}
	if !hasFlagT(ts.flagsOf(t, "INBOX", 3), "$SPOCdQuarantine") {
		t.Errorf("uid 3 lacks $SPOCdQuarantine after Flag")
	}
	tests := []struct {
		upto uint32
		want []uint32
	}{
		{0, []uint32{1, 3, 5}},
		{3, []uint32{1, 3}},
		{1, []uint32{1}},
		{100, []uint32{1, 3, 5}},
	}
	for _, tt := range tests {
		got, err := s.Unprocessed(ctx, tt.upto)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("Unprocessed(%d) = %v, %v, want %v", tt.upto, got, err, tt.want)
		}
	}
	if err := s.Flag(ctx, []uint32{1}, "bad keyword"); err == nil {
		t.Errorf("Flag(\"bad keyword\") = nil, want an error")
	}
}

func TestAppendAndMailboxes(t *testing.T) {
	ts := newTestServer(t, serverOptions{folders: []string{"Processed", "Archive/2026"}})
	s := dialTest(t, ts.config())
	ctx := context.Background()
	names, err := s.Mailboxes(ctx)
	if err != nil || !slices.Equal(names, []string{"Archive/2026", "INBOX", "Processed"}) {
		t.Errorf("Mailboxes() = %v, %v, want [Archive/2026 INBOX Processed]", names, err)
	}
	raw := testMessage(7, "appended")
	if err := s.Append(ctx, "Processed", raw, `\Seen`, "$Probe"); err != nil {
		t.Fatalf("Append() = %v", err)
	}
	if flags := ts.flagsOf(t, "Processed", 1); !hasFlagT(flags, `\Seen`) || !hasFlagT(flags, "$Probe") {
		t.Errorf("flags of appended message = %v, want \\Seen and $Probe", flags)
	}
	if err := s.Append(ctx, "Missing", raw); err == nil {
		t.Errorf("Append(missing mailbox) = nil, want an error")
	}
	// A refused command leaves the session usable.
	if _, err := s.Mailboxes(ctx); err != nil {
		t.Errorf("Mailboxes() after refused APPEND = %v", err)
	}
}

func TestWaitIdle(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	cfg := ts.config()
	cfg.Idle = true
	cfg.PollInterval = time.Hour // only IDLE can wake Wait in time
	s := dialTest(t, cfg)
	if !s.CanIdle() {
		t.Fatalf("CanIdle() = false, want true")
	}
	other := dialTest(t, ts.config())

	ctx := context.Background()
	go func() {
		time.Sleep(200 * time.Millisecond)
		_ = other.Append(ctx, "INBOX", testMessage(1, "new"))
	}()
	start := time.Now()
	got, err := s.Wait(ctx, 10*time.Second)
	if err != nil || !got {
		t.Fatalf("Wait() = %v, %v, want true, nil", got, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Wait() took %v, want well under the 10s deadline", d)
	}
	batch := flatten(collect(t, func(fn func([]Fetched) error) error { return s.Fetch(ctx, 0, fn) }))
	if len(batch) != 1 {
		t.Errorf("Fetch() after Wait returned %d messages, want 1", len(batch))
	}

	// Nothing new: Wait returns false when maxWait passes.
	got, err = s.Wait(ctx, 300*time.Millisecond)
	if err != nil || got {
		t.Errorf("Wait(no mail) = %v, %v, want false, nil", got, err)
	}
}

func TestWaitPoll(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	cfg := ts.config()
	cfg.Idle = false
	cfg.PollInterval = 200 * time.Millisecond
	s := dialTest(t, cfg)
	if s.CanIdle() {
		t.Fatalf("CanIdle() with Idle=false = true, want false")
	}
	ctx := context.Background()

	got, err := s.Wait(ctx, 700*time.Millisecond)
	if err != nil || got {
		t.Fatalf("Wait(no mail) = %v, %v, want false, nil", got, err)
	}

	ts.appendMessages(t, "INBOX", 1) // server side, no notification to s
	got, err = s.Wait(ctx, 10*time.Second)
	if err != nil || !got {
		t.Fatalf("Wait(new mail) = %v, %v, want true, nil", got, err)
	}
	if st := s.State(); st.UIDNext != 2 || st.Messages != 1 {
		t.Errorf("State() after poll = %+v, want UIDNext 2, Messages 1", st)
	}
}

func TestWaitContextCancel(t *testing.T) {
	for _, idle := range []bool{true, false} {
		ts := newTestServer(t, serverOptions{})
		ts.appendMessages(t, "INBOX", 1)
		cfg := ts.config()
		cfg.Idle = idle
		cfg.PollInterval = time.Hour
		s := dialTest(t, cfg)

		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		start := time.Now()
		got, err := s.Wait(ctx, time.Minute)
		if got || !errors.Is(err, context.Canceled) {
			t.Errorf("Wait(idle %v, cancelled) = %v, %v, want false, context.Canceled", idle, got, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Wait(idle %v) returned %v after cancel, want promptly", idle, d)
		}
		// IDLE was ended properly: the session still works.
		msgs := flatten(collect(t, func(fn func([]Fetched) error) error { return s.Fetch(context.Background(), 0, fn) }))
		if len(msgs) != 1 {
			t.Errorf("Fetch() after cancelled Wait (idle %v) = %d messages, want 1", idle, len(msgs))
		}
	}
}

func TestWaitAfterClose(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	cfg := ts.config()
	cfg.Idle = true
	s := dialTest(t, cfg)
	done := make(chan error, 1)
	go func() {
		_, err := s.Wait(context.Background(), time.Minute)
		done <- err
	}()
	time.Sleep(100 * time.Millisecond)
	if err := s.Close(); err != nil {
		t.Errorf("Close() = %v", err)
	}
	select {
	case err := <-done:
		if !errors.Is(err, ErrClosed) {
			t.Errorf("Wait() after Close = %v, want ErrClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("Wait() did not return after Close")
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close() = %v, want nil", err)
	}
	if err := s.Fetch(context.Background(), 0, func([]Fetched) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Errorf("Fetch() after Close = %v, want ErrClosed", err)
	}
}

func TestFetchContextCancel(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 3)
	cfg := ts.config()
	cfg.BatchSize = 1
	s := dialTest(t, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := s.Fetch(ctx, 0, func([]Fetched) error {
		calls++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 1 {
		t.Errorf("Fetch(cancelled in fn) = %v after %d calls, want context.Canceled after 1", err, calls)
	}
}

func TestDialErrors(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	closed := closedAddr(t)
	plainTLS := newTestServer(t, serverOptions{}) // no TLS at all

	tests := []struct {
		name string
		edit func(*Config)
		want error
	}{
		{"wrong password", func(c *Config) { c.Password = "wrong" }, ErrAuth},
		{"unknown user", func(c *Config) { c.Username = "nobody@example.org" }, ErrAuth},
		{"closed port", func(c *Config) { c.Addr = closed }, ErrDial},
		{"missing mailbox", func(c *Config) { c.Mailbox = "Nope" }, ErrMailbox},
		{"tls none to remote host", func(c *Config) { c.Addr = "imap.example.org:143" }, ErrConfig},
		{"tls none to remote IP", func(c *Config) { c.Addr = "192.0.2.1:143" }, ErrConfig},
		{"unknown tls mode", func(c *Config) { c.TLS = "maybe" }, ErrConfig},
		{"bad address", func(c *Config) { c.Addr = "no-port" }, ErrConfig},
		{"bad keyword", func(c *Config) { c.Keyword = "two words" }, ErrConfig},
		{"processed folder is the mailbox", func(c *Config) { c.ProcessedFolder = "inbox" }, ErrConfig},
		{"no username", func(c *Config) { c.Username = "" }, ErrConfig},
		{"implicit tls to plain server", func(c *Config) { c.Addr = plainTLS.addr; c.TLS = TLSImplicit }, ErrTLS},
		{"starttls not offered", func(c *Config) { c.Addr = plainTLS.addr; c.TLS = TLSStartTLS }, ErrTLS},
		{"xoauth2 bad token", func(c *Config) {
			c.OAuth2Token = func(context.Context) (string, error) { return "bad-token", nil }
		}, ErrAuth},
		{"xoauth2 token error", func(c *Config) {
			c.OAuth2Token = func(context.Context) (string, error) { return "", errors.New("no token") }
		}, ErrAuth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := ts.config()
			cfg.DialTimeout = 3 * time.Second
			tt.edit(&cfg)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			s, err := Dial(ctx, cfg)
			if err == nil {
				s.Close()
				t.Fatalf("Dial() = nil error, want %v", tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Dial() = %v, want %v", err, tt.want)
			}
			for _, other := range []error{ErrConfig, ErrDial, ErrTLS, ErrAuth, ErrMailbox} {
				if other != tt.want && errors.Is(err, other) {
					t.Errorf("Dial() = %v, also matches %v", err, other)
				}
			}
			if strings.Contains(err.Error(), testPassword) {
				t.Errorf("Dial() error %q contains the password", err)
			}
		})
	}
}

func TestDialTLS(t *testing.T) {
	tests := []struct {
		name string
		opts serverOptions
		mode string
	}{
		{"implicit", serverOptions{implicit: true, noInsecAu: true}, TLSImplicit},
		{"starttls", serverOptions{startTLS: true, noInsecAu: true}, TLSStartTLS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTestServer(t, tt.opts)
			ts.appendMessages(t, "INBOX", 2)
			cfg := ts.config()
			cfg.TLS = tt.mode

			// Without InsecureSkipVerify the self-signed certificate fails.
			if s, err := Dial(context.Background(), cfg); !errors.Is(err, ErrTLS) {
				if s != nil {
					s.Close()
				}
				t.Errorf("Dial(untrusted cert) = %v, want ErrTLS", err)
			}

			cfg.InsecureSkipVerify = true
			s := dialTest(t, cfg)
			got := flatten(collect(t, func(fn func([]Fetched) error) error { return s.Fetch(context.Background(), 0, fn) }))
			if len(got) != 2 {
				t.Errorf("Fetch() over %s = %d messages, want 2", tt.name, len(got))
			}
		})
	}
}

func TestDialXOAuth2(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 1)
	cfg := ts.config()
	cfg.Password = ""
	cfg.OAuth2Token = func(context.Context) (string, error) { return testToken, nil }
	s := dialTest(t, cfg)
	if st := s.State(); st.Messages != 1 {
		t.Errorf("State() after XOAUTH2 = %+v, want 1 message", st)
	}
}

func TestDialContextCancelled(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Dial(ctx, ts.config()); !errors.Is(err, context.Canceled) {
		t.Errorf("Dial(cancelled ctx) = %v, want context.Canceled", err)
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		attempt  int
		min, max time.Duration
	}{
		{-1, time.Second, time.Second},
		{0, time.Second, time.Second},
		{1, time.Second, 2 * time.Second},
		{3, 4 * time.Second, 8 * time.Second},
		{8, 128 * time.Second, 256 * time.Second},
		{9, 150 * time.Second, 5 * time.Minute},
		{1000, 150 * time.Second, 5 * time.Minute},
	}
	for _, tt := range tests {
		seen := map[time.Duration]bool{}
		for i := 0; i < 200; i++ {
			d := Backoff(tt.attempt)
			if d < tt.min || d > tt.max {
				t.Fatalf("Backoff(%d) = %v, want in [%v, %v]", tt.attempt, d, tt.min, tt.max)
			}
			seen[d] = true
		}
		if tt.max > tt.min && len(seen) < 2 {
			t.Errorf("Backoff(%d) gave %d distinct values in 200 calls, want jitter", tt.attempt, len(seen))
		}
	}
}

func TestExpandUIDs(t *testing.T) {
	max32 := ^uint32(0)
	tests := []struct {
		name   string
		set    imap.UIDSet
		lo, hi uint32
		limit  int
		want   []uint32
		err    bool
	}{
		{"plain", imap.UIDSetNum(3, 1, 2), 1, max32, 10, []uint32{1, 2, 3}, false},
		{"trap: highest below lo", imap.UIDSetNum(5), 6, max32, 10, []uint32{}, false},
		{"clamped", imap.UIDSet{{Start: 1, Stop: 10}}, 4, 6, 10, []uint32{4, 5, 6}, false},
		{"reversed range", imap.UIDSet{{Start: 5, Stop: 3}}, 1, max32, 10, []uint32{3, 4, 5}, false},
		{"star bounded by hi", imap.UIDSet{{Start: 8, Stop: 0}}, 1, 10, 10, []uint32{8, 9, 10}, false},
		{"hostile huge range", imap.UIDSet{{Start: 1, Stop: imap.UID(max32)}}, 1, max32, 1000, nil, true},
		{"top of range", imap.UIDSet{{Start: imap.UID(max32 - 1), Stop: imap.UID(max32)}}, 1, max32, 10, []uint32{max32 - 1, max32}, false},
		{"duplicates", imap.UIDSet{{Start: 1, Stop: 3}, {Start: 2, Stop: 4}}, 1, max32, 10, []uint32{1, 2, 3, 4}, false},
		{"empty", nil, 1, max32, 10, []uint32{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := expandUIDs(tt.set, tt.lo, tt.hi, tt.limit)
			if (err != nil) != tt.err {
				t.Fatalf("expandUIDs() error = %v, want error %v", err, tt.err)
			}
			if !tt.err && !slices.Equal(append([]uint32{}, got...), tt.want) {
				t.Errorf("expandUIDs() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestValidKeyword(t *testing.T) {
	tests := []struct {
		kw string
		ok bool
	}{
		{"$SPOCdProcessed", true},
		{"$SPOCdQuarantine", true},
		{`\Seen`, true},
		{"", false},
		{"two words", false},
		{"paren(", false},
		{`quote"`, false},
		{"star*", false},
		{"ctrl\x01", false},
		{"ünïcode", false},
		{`\`, false},
		{strings.Repeat("a", 300), false},
	}
	for _, tt := range tests {
		if err := validKeyword(tt.kw); (err == nil) != tt.ok {
			t.Errorf("validKeyword(%q) = %v, want ok %v", tt.kw, err, tt.ok)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	tests := map[string]bool{
		"localhost": true, "LOCALHOST": true, "127.0.0.1": true, "127.8.9.10": true, "::1": true, "[::1]": true,
		"imap.example.org": false, "10.0.0.1": false, "192.0.2.1": false, "": false, "localhost.example.org": false,
	}
	for host, want := range tests {
		if got := isLoopback(host); got != want {
			t.Errorf("isLoopback(%q) = %v, want %v", host, got, want)
		}
	}
}

func FuzzExpandUIDs(f *testing.F) {
	f.Add(uint32(1), uint32(10), uint32(3), uint32(0), uint32(1), uint32(100))
	f.Add(uint32(0), uint32(0), uint32(7), uint32(2), uint32(6), ^uint32(0))
	f.Fuzz(func(t *testing.T, s1, e1, s2, e2, lo, hi uint32) {
		set := imap.UIDSet{{Start: imap.UID(s1), Stop: imap.UID(e1)}, {Start: imap.UID(s2), Stop: imap.UID(e2)}}
		got, err := expandUIDs(set, lo, hi, 10_000)
		if err != nil {
			return
		}
		for i, u := range got {
			if u < lo || u > hi || u == 0 {
				t.Fatalf("expandUIDs(%v, %d, %d) contains %d, out of bounds", set, lo, hi, u)
			}
			if i > 0 && got[i-1] >= u {
				t.Fatalf("expandUIDs(%v, %d, %d) = %v, not strictly ascending", set, lo, hi, got)
			}
		}
	})
}

func TestFetchPipelinedWithMarking(t *testing.T) {
	// The next batch is fetched while fn runs; fn's own commands (marking)
	// interleave with that fetch on the one connection. Every message is
	// delivered once, in order, and marked.
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 25)
	cfg := ts.config()
	cfg.BatchSize = 2
	s := dialTest(t, cfg)
	ctx := context.Background()
	var seen []uint32
	err := s.Fetch(ctx, 0, func(b []Fetched) error {
		seen = append(seen, uidsOf(b)...)
		return s.MarkProcessed(ctx, uidsOf(b))
	})
	if err != nil {
		t.Fatalf("Fetch(mark in fn) = %v", err)
	}
	want := make([]uint32, 25)
	for i := range want {
		want[i] = uint32(i + 1)
	}
	if !slices.Equal(seen, want) {
		t.Errorf("Fetch() delivered UIDs %v, want 1..25 once each in order", seen)
	}
	if un, err := s.Unprocessed(ctx, 0); err != nil || len(un) != 0 {
		t.Errorf("Unprocessed() = %v, %v, want none", un, err)
	}
}

// QueueProcessed in fn does not wait for the fetch in flight: the fetching goroutine
// marks what was queued before its next command (here after every batch: markEvery 1),
// and Fetch marks the rest before it returns, also when fn fails (what was queued was
// committed).
func TestFetchQueueProcessed(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 25)
	cfg := ts.config()
	cfg.BatchSize = 2
	s := dialTest(t, cfg)
	s.markEvery = 1
	ctx := context.Background()
	var seen []uint32
	err := s.Fetch(ctx, 0, func(b []Fetched) error {
		seen = append(seen, uidsOf(b)...)
		if b[0].UID == 9 {
			// Batch 9-10 was fetched after batch 7-8 was handed to the prepare stage,
			// which took it only after this handler had taken 5-6, i.e. after the
			// handler was done with 3-4: that fetch began by sending the queued marks.
			un, err := s.Unprocessed(ctx, 4)
			if err != nil || len(un) != 0 {
				t.Errorf("Unprocessed(4) during the fetch = %v, %v, want none: queued marks not sent before the next fetch", un, err)
			}
		}
		return s.QueueProcessed(ctx, uidsOf(b))
	})
	if err != nil {
		t.Fatalf("Fetch(queue marks in fn) = %v", err)
	}
	if len(seen) != 25 {
		t.Fatalf("Fetch() delivered %d messages, want 25", len(seen))
	}
	if un, err := s.Unprocessed(ctx, 0); err != nil || len(un) != 0 {
		t.Errorf("Unprocessed() after Fetch = %v, %v, want none", un, err)
	}

	// fn fails on the third batch: the first two batches are marked, nothing else.
	ts.appendMessages(t, "INBOX", 10) // UIDs 26..35
	boom := errors.New("boom")
	err = s.Fetch(ctx, 25, func(b []Fetched) error {
		if b[0].UID == 30 {
			return boom
		}
		return s.QueueProcessed(ctx, uidsOf(b))
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Fetch(fn fails) = %v, want boom", err)
	}
	if un, err := s.Unprocessed(ctx, 0); err != nil || !slices.Equal(un, []uint32{30, 31, 32, 33, 34, 35}) {
		t.Errorf("Unprocessed() after a failed Fetch = %v, %v, want 30..35", un, err)
	}
	// Outside Fetch it marks at once.
	if err := s.QueueProcessed(ctx, []uint32{30}); err != nil {
		t.Fatal(err)
	}
	if un, err := s.Unprocessed(ctx, 30); err != nil || len(un) != 0 {
		t.Errorf("Unprocessed(30) after QueueProcessed outside Fetch = %v, %v, want none", un, err)
	}
}

// Prepare runs for every message before its batch is handed over, and what it leaves
// arrives with the message.
func TestFetchPrepare(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	msgs := ts.appendMessages(t, "INBOX", 7)
	cfg := ts.config()
	cfg.BatchSize = 3
	var prepared atomic.Int32
	cfg.Prepare = func(f *Fetched) {
		prepared.Add(1)
		f.Prepared = len(f.Raw)
	}
	s := dialTest(t, cfg)
	got := flatten(collect(t, func(fn func([]Fetched) error) error { return s.Fetch(context.Background(), 0, fn) }))
	if len(got) != 7 || prepared.Load() != 7 {
		t.Fatalf("fetched %d, prepared %d; want 7 and 7", len(got), prepared.Load())
	}
	for _, m := range got {
		if n, ok := m.Prepared.(int); !ok || n != len(msgs[m.UID-1]) {
			t.Errorf("uid %d: Prepared = %v, want %d", m.UID, m.Prepared, len(msgs[m.UID-1]))
		}
	}
}

// Queued marks are sent together: not before markEvery UIDs wait (or the oldest has waited
// markDelay), and the rest when Fetch ends.
func TestFetchQueuedMarksCoalesced(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 30)
	cfg := ts.config()
	cfg.BatchSize = 2
	s := dialTest(t, cfg)
	s.markEvery = 10
	s.markDelay = time.Hour
	ctx := context.Background()
	var during [][]uint32
	err := s.Fetch(ctx, 0, func(b []Fetched) error {
		if b[0].UID == 9 || b[0].UID == 27 {
			un, err := s.Unprocessed(ctx, 0)
			if err != nil {
				return err
			}
			during = append(during, un)
		}
		return s.QueueProcessed(ctx, uidsOf(b))
	})
	if err != nil {
		t.Fatalf("Fetch = %v", err)
	}
	// At batch 9-10 at most 8 UIDs had been queued: none sent yet.
	if len(during) != 2 || len(during[0]) != 30 {
		t.Fatalf("unprocessed at batch 9-10: %v, want all 30 (fewer than 10 marks waited)", during)
	}
	// By batch 27-28 at least one group of 10 or more was sent, not every batch's two.
	if n := len(during[1]); n == 30 || n > 30-10 {
		t.Errorf("unprocessed at batch 27-28: %d, want at most 20 (a group of 10 sent)", n)
	}
	if un, err := s.Unprocessed(ctx, 0); err != nil || len(un) != 0 {
		t.Errorf("Unprocessed() after Fetch = %v, %v, want none", un, err)
	}

	// The oldest mark waiting markDelay sends the queue even below markEvery.
	// The fetch of batch 39-40 begins only after the handler has taken batch 35-36, so
	// after 31-32 were queued.
	ts.appendMessages(t, "INBOX", 10) // UIDs 31..40
	s.markEvery, s.markDelay = 1000, time.Nanosecond
	var sent bool
	err = s.Fetch(ctx, 30, func(b []Fetched) error {
		if b[0].UID == 39 {
			un, err := s.Unprocessed(ctx, 0)
			if err != nil {
				return err
			}
			sent = !slices.Contains(un, 31)
		}
		return s.QueueProcessed(ctx, uidsOf(b))
	})
	if err != nil || !sent {
		t.Errorf("Fetch = %v; marks of 31-32 sent after markDelay before batch 39-40: %v, want true", err, sent)
	}
}

// Marks wait for cfg.Durable: it runs before every group of marks is sent, never after,
// and when it fails the messages stay unmarked (a later pass marks them).
func TestFetchMarksWaitForDurable(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 12)
	cfg := ts.config()
	cfg.BatchSize = 2
	ctx := context.Background()
	var s *Session
	var calls, committed, durableUpTo int
	cfg.Durable = func(context.Context) error {
		calls++
		durableUpTo = committed
		return nil
	}
	s = dialTest(t, cfg)
	s.markEvery = 4
	s.markDelay = time.Hour
	err := s.Fetch(ctx, 0, func(b []Fetched) error {
		// Every UID marked so far must have been covered by a Durable call.
		un, err := s.Unprocessed(ctx, 0)
		if err != nil {
			return err
		}
		if marked := 12 - len(un); marked > durableUpTo {
			t.Errorf("at UID %d: %d messages marked, but Durable covered only %d", b[0].UID, marked, durableUpTo)
		}
		committed += len(b)
		return s.QueueProcessed(ctx, uidsOf(b))
	})
	if err != nil {
		t.Fatalf("Fetch = %v", err)
	}
	if un, err := s.Unprocessed(ctx, 0); err != nil || len(un) != 0 || durableUpTo != 12 {
		t.Fatalf("after Fetch: unprocessed %v, %v; Durable covered %d of 12", un, err, durableUpTo)
	}
	if calls < 2 || calls > 6 {
		t.Errorf("Durable ran %d times for 3 groups of marks", calls)
	}

	// A failing Durable: Fetch reports it and nothing new is marked.
	ts.appendMessages(t, "INBOX", 4) // UIDs 13..16
	s.cfg.Durable = func(context.Context) error { return errors.New("disk on fire") }
	err = s.Fetch(ctx, 12, func(b []Fetched) error { return s.QueueProcessed(ctx, uidsOf(b)) })
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("Fetch with a failing Durable = %v, want its error", err)
	}
	if un, err := s.Unprocessed(ctx, 0); err != nil || len(un) != 4 {
		t.Errorf("after a failed Durable: unprocessed %v, %v; want 13..16", un, err)
	}
	if err := s.MarkProcessed(ctx, []uint32{13}); err == nil {
		t.Error("MarkProcessed with a failing Durable = nil, want its error")
	}
	s.cfg.Durable = nil
	if err := s.MarkProcessed(ctx, []uint32{13, 14, 15, 16}); err != nil {
		t.Fatal(err)
	}
	if un, _ := s.Unprocessed(ctx, 0); len(un) != 0 {
		t.Errorf("unprocessed %v after MarkProcessed", un)
	}
}
