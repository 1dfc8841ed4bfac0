package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b)
	p(50, 200)
	p(200, 200)
	out := b.String()
	if !strings.Contains(out, "50/200 messages") || !strings.Contains(out, "[##############################] 200/200") || !strings.HasSuffix(out, "\n") {
		t.Fatalf("progress bar:\n%q", out)
	}
	var l bytes.Buffer
	lp := logProgress(slog.New(slog.NewTextHandler(&l, nil)), time.Hour)
	for i := 1; i <= 1000; i++ {
		lp(i, 1000)
	}
	if n := strings.Count(l.String(), "intake progress"); n != 2 {
		t.Fatalf("log progress lines = %d, want the first and the last:\n%s", n, l.String())
	}
}
