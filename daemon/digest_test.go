package daemon_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// restartAt is a fresh daemon (a restart) on the same servers and database, whose clock
// reads now.
func (e *env) restartAt(now time.Time) daemon.Deps {
	e.t.Helper()
	tmpl, err := templates.New()
	if err != nil {
		e.t.Fatal(err)
	}
	clock := func() time.Time { return now }
	d := e.d
	d.Engine = workflow.New(e.cfg, e.db, tmpl, workflow.WithLogger(e.d.Log), workflow.WithClock(clock))
	d.Now = clock
	return d
}

func (e *env) digests(user string) [][]byte {
	e.t.Helper()
	raws, err := e.srv.Messages(user, "INBOX")
	if err != nil {
		e.t.Fatal(err)
	}
	var out [][]byte
	for _, r := range raws {
		if bytes.Contains(r, []byte("X-Spocd-Kind: digest")) || bytes.Contains(r, []byte("X-SPOCd-Kind: digest")) {
			out = append(out, r)
		}
	}
	return out
}

// TestDigestOnceAcrossRestarts: the daemon is restarted around the scheduled time (Monday
// 08:00 Europe/Amsterdam); both SPOCs get exactly one digest for the week, with the chart
// inline; a week missed while the daemon was down goes out late with a note.
func TestDigestOnceAcrossRestarts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		e := newEnv(t, db, nil)
		ams := e.cfg.Organisation.Location
		ctx := context.Background()
		run := func(now time.Time) daemon.Summary {
			t.Helper()
			sum, err := daemon.Once(ctx, e.restartAt(now))
			if err != nil {
				t.Fatalf("Once at %v: %v", now, err)
			}
			return sum
		}
		e.send("alice@gemeente.test", "spoc@gemeente.test", "Lamp kapot", "De lamp in kamer 2 is kapot.")
		run(time.Date(2026, 11, 25, 10, 0, 0, 0, ams))
		run(time.Date(2026, 11, 30, 7, 59, 0, 0, ams))
		if n := len(e.digests("facilitair@gemeente.test")); n != 0 {
			t.Fatalf("%d digests before the scheduled time", n)
		}
		for _, now := range []time.Time{
			time.Date(2026, 11, 30, 8, 0, 30, 0, ams),
			time.Date(2026, 11, 30, 8, 5, 0, 0, ams),
			time.Date(2026, 11, 30, 9, 0, 0, 0, ams),
		} {
			run(now)
		}
		for _, user := range []string{"facilitair@gemeente.test", "spoc@leverancier.test"} {
			got := e.digests(user)
			if len(got) != 1 {
				t.Fatalf("%s received %d digests, want 1", user, len(got))
			}
			raw := string(got[0])
			for _, want := range []string{"week 48", "Content-Id: <chart>", "image/png", "cid:chart", "SPOC-0001"} {
				if !strings.Contains(raw, want) && !strings.Contains(strings.ToLower(raw), strings.ToLower(want)) {
					t.Errorf("%s: digest lacks %q", user, want)
				}
			}
			if strings.Contains(raw, "later verstuurd") {
				t.Errorf("%s: digest sent on time carries the late note", user)
			}
		}
		// Down over the next Monday: week 49's digest goes out on Wednesday, with a note.
		run(time.Date(2026, 12, 9, 14, 0, 0, 0, ams))
		got := e.digests("spoc@leverancier.test")
		if len(got) != 2 || !strings.Contains(string(got[1]), "later verstuurd") {
			t.Fatalf("after a missed Monday: %d digests, late note = %t", len(got), len(got) == 2 && strings.Contains(string(got[1]), "later verstuurd"))
		}
	})
}

// TestNoDigestOnFreshInstall: a database with no history gets no digest of a week that
// was over before spocd was started.
func TestNoDigestOnFreshInstall(t *testing.T) {
	e := newEnv(t, storetest.SQLite(t), nil)
	ams := e.cfg.Organisation.Location
	e.send("alice@gemeente.test", "spoc@gemeente.test", "Lamp kapot", "De lamp is kapot.")
	if _, err := daemon.Once(context.Background(), e.restartAt(time.Date(2026, 12, 2, 10, 0, 0, 0, ams))); err != nil {
		t.Fatal(err)
	}
	if n := len(e.digests("facilitair@gemeente.test")); n != 0 {
		t.Errorf("fresh install sent %d digests", n)
	}
}
