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
