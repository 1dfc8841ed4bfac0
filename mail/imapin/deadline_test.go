package imapin

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

// fakeServer speaks just enough IMAP to log in and select, then answers
// commands with reply (which may be nothing: a server that went silent, or
// garbage: a hostile one).
func fakeServer(t *testing.T, reply func(tag, cmd string) string) string {
	t.Helper()
	return fakeServerPerm(t, `\Seen \*`, reply)
}

// permLine is the PERMANENTFLAGS response; "-" leaves it out.
func permLine(perm string) string {
	if perm == "-" {
		return ""
	}
	return "* OK [PERMANENTFLAGS (" + perm + ")] ok\r\n"
}

// fakeServerPerm is fakeServer with the given PERMANENTFLAGS.
func fakeServerPerm(t *testing.T, perm string, reply func(tag, cmd string) string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("Listen() = %v", err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				w := bufio.NewWriter(conn)
				send := func(s string) { w.WriteString(s); w.Flush() }
				send("* OK fake ready\r\n")
				sc := bufio.NewScanner(conn)
				for sc.Scan() {
					tag, rest, _ := strings.Cut(sc.Text(), " ")
					cmd := strings.ToUpper(rest)
					switch {
					case strings.HasPrefix(cmd, "CAPABILITY"):
						send("* CAPABILITY IMAP4rev1 IDLE\r\n" + tag + " OK done\r\n")
					case strings.HasPrefix(cmd, "LOGIN"):
						send(tag + " OK logged in\r\n")
					case strings.HasPrefix(cmd, "SELECT"):
						send("* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 4] ok\r\n" +
							permLine(perm) + tag + " OK [READ-WRITE] selected\r\n")
					case strings.HasPrefix(cmd, "LOGOUT"):
						send("* BYE\r\n" + tag + " OK bye\r\n")
						return
					default:
						if r := reply(tag, cmd); r != "" {
							send(r)
						}
					}
				}
			}()
		}
	}()
	return ln.Addr().String()
}

func TestSilentServerTimesOut(t *testing.T) {
	addr := fakeServer(t, func(tag, cmd string) string { return "" })
	cfg := Config{Addr: addr, TLS: TLSNone, Username: "u", Password: "p", IOTimeout: 300 * time.Millisecond}
	s := dialTest(t, cfg)
	if st := s.State(); st != (State{UIDValidity: 7, UIDNext: 4, Messages: 3}) {
		t.Errorf("State() = %+v, want {7 4 3}", st)
	}

	start := time.Now()
	err := s.Fetch(context.Background(), 0, func([]Fetched) error { return nil })
	if !errors.Is(err, ErrClosed) {
		t.Errorf("Fetch(silent server) = %v, want ErrClosed", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Fetch(silent server) took %v, want about the 300ms IO timeout", d)
	}
	if _, err := s.Unprocessed(context.Background(), 0); !errors.Is(err, ErrClosed) {
		t.Errorf("Unprocessed() on dead session = %v, want ErrClosed", err)
	}
}

func TestHostileServerAnswers(t *testing.T) {
	tests := []struct {
		name  string
		reply func(tag, cmd string) string
	}{
		{"garbage search", func(tag, cmd string) string { return "* SEARCH 1:* ((\r\n" + tag + " OK\r\n" }},
		{"huge literal claim", func(tag, cmd string) string {
			if strings.Contains(cmd, "SEARCH") {
				return "* SEARCH 1\r\n" + tag + " OK\r\n"
			}
			return "* 1 FETCH (UID 1 RFC822.SIZE 99999999999 BODY[]<0> {99999999}\r\nshort)\r\n"
		}},
		{"unknown tag", func(tag, cmd string) string { return "X999 OK what\r\n" }},
		{"bye", func(tag, cmd string) string { return "* BYE go away\r\n" }},
		{"search hides uid zero and duplicates", func(tag, cmd string) string {
			if strings.Contains(cmd, "SEARCH") {
				return "* SEARCH 0 2 2 1\r\n" + tag + " OK\r\n"
			}
			return tag + " NO nothing to fetch\r\n"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr := fakeServer(t, tt.reply)
			cfg := Config{Addr: addr, TLS: TLSNone, Username: "u", Password: "p", IOTimeout: 500 * time.Millisecond}
			s := dialTest(t, cfg)
			done := make(chan error, 1)
			go func() {
				done <- s.Fetch(context.Background(), 0, func([]Fetched) error { return nil })
			}()
			select {
			case err := <-done:
				if err == nil {
					t.Errorf("Fetch(%s) = nil, want an error", tt.name)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("Fetch(%s) hangs", tt.name)
			}
		})
	}
}

func TestKeywordNotPermanent(t *testing.T) {
	addr := fakeServerPerm(t, `\Seen \Flagged`, func(tag, cmd string) string { return tag + " OK\r\n" })
	cfg := Config{Addr: addr, TLS: TLSNone, Username: "u", Password: "p"}
	s := dialTest(t, cfg)
	if s.KeywordSupported() {
		t.Errorf("KeywordSupported() = true, want false")
	}
	if err := s.MarkProcessed(context.Background(), []uint32{1}); !errors.Is(err, ErrKeyword) {
		t.Errorf("MarkProcessed() = %v, want ErrKeyword", err)
	}
}

func TestNoPermanentFlagsMeansAllPermanent(t *testing.T) {
	addr := fakeServerPerm(t, "-", func(tag, cmd string) string { return tag + " OK\r\n" })
	s := dialTest(t, Config{Addr: addr, TLS: TLSNone, Username: "u", Password: "p"})
	if !s.KeywordSupported() {
		t.Errorf("KeywordSupported() without PERMANENTFLAGS = false, want true (RFC 3501)")
	}
}

func TestIdleRefusedFallsBackToPolling(t *testing.T) {
	var statusCalls atomic.Int32
	addr := fakeServer(t, func(tag, cmd string) string {
		switch {
		case strings.HasPrefix(cmd, "IDLE"):
			return tag + " BAD IDLE is broken today\r\n"
		case strings.HasPrefix(cmd, "STATUS"):
			next := 4
			if statusCalls.Add(1) > 1 {
				next = 5
			}
			return fmt.Sprintf("* STATUS INBOX (MESSAGES 3 UIDNEXT %d UIDVALIDITY 7)\r\n%s OK\r\n", next, tag)
		}
		return tag + " OK\r\n"
	})
	cfg := Config{Addr: addr, TLS: TLSNone, Username: "u", Password: "p", Idle: true, PollInterval: 100 * time.Millisecond}
	s := dialTest(t, cfg)
	if !s.CanIdle() {
		t.Fatalf("CanIdle() = false before IDLE was refused, want true")
	}
	got, err := s.Wait(context.Background(), 10*time.Second)
	if err != nil || !got {
		t.Fatalf("Wait() = %v, %v, want true, nil (via polling)", got, err)
	}
	if s.CanIdle() {
		t.Errorf("CanIdle() after refusal = true, want false")
	}
	if st := s.State(); st.UIDNext != 5 {
		t.Errorf("State().UIDNext = %d, want 5", st.UIDNext)
	}
}

func TestKeywordAllowed(t *testing.T) {
	tests := []struct {
		perm []imap.Flag
		want bool
	}{
		{[]imap.Flag{imap.FlagSeen, imap.FlagWildcard}, true},
		{[]imap.Flag{imap.FlagSeen, "$spocdprocessed"}, true},
		{[]imap.Flag{imap.FlagSeen, imap.FlagFlagged}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := keywordAllowed(tt.perm, DefaultKeyword); got != tt.want {
			t.Errorf("keywordAllowed(%v) = %v, want %v", tt.perm, got, tt.want)
		}
	}
}
