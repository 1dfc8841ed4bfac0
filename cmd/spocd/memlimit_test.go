package main

import (
	"runtime/debug"
	"testing"
)

func TestSetMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(old) })
	for _, tt := range []struct {
		env  string
		want int64
	}{
		{"", defaultMemoryLimit},
		{"1GiB", 12345}, // GOMEMLIMIT set: the runtime's own value stays
	} {
		debug.SetMemoryLimit(12345)
		setMemoryLimit(func(k string) string {
			if k == "GOMEMLIMIT" {
				return tt.env
			}
			return ""
		})
		if got := debug.SetMemoryLimit(-1); got != tt.want {
			t.Errorf("setMemoryLimit(GOMEMLIMIT=%q): limit = %d, want %d", tt.env, got, tt.want)
		}
	}
}

func TestScaleMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	scaleMemoryLimit(func(string) string { return "" }, 10)
	if got := debug.SetMemoryLimit(-1); got != 10*defaultMemoryLimit {
		t.Fatalf("limit for ten mailboxes = %d, want %d", got, 10*defaultMemoryLimit)
	}
	debug.SetMemoryLimit(123 << 20)
	scaleMemoryLimit(func(string) string { return "1GiB" }, 10)
	if got := debug.SetMemoryLimit(-1); got != 123<<20 {
		t.Fatalf("GOMEMLIMIT set: limit changed to %d", got)
	}
}
