package main

import (
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/daemon"
)

func TestHealthOfSeveralMailboxes(t *testing.T) {
	now := time.Now()
	a, b := daemon.NewHealth(now.Add(-time.Hour)), daemon.NewHealth(now.Add(-time.Hour))
	a.PollOK(now)
	b.PollOK(now.Add(-time.Hour)) // b is stuck
	deps := []daemon.Deps{{Health: a, Config: &config.Config{Tenant: "a"}}, {Health: b, Config: &config.Config{Tenant: "b"}}}
	ok, problems := healthOf(deps).Check(now, 5*time.Minute)
	if ok || len(problems) == 0 || !strings.HasPrefix(problems[0], "mailbox b:") {
		t.Fatalf("one stuck mailbox: ok=%v %v", ok, problems)
	}
	b.PollOK(now)
	if ok, problems := healthOf(deps).Check(now, 5*time.Minute); !ok {
		t.Fatalf("both polling: %v", problems)
	}
	if got := (multiHealth{a, b}).LastPoll(); !got.Equal(now) {
		t.Fatalf("LastPoll = %v", got)
	}
}
