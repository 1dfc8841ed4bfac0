package main

import (
	"runtime/debug"
)

// defaultMemoryLimit is the Go runtime's soft memory limit unless GOMEMLIMIT
// says otherwise: the garbage collector works harder as the heap nears it, so a
// first import of a mailbox full of large attachments keeps a flat footprint
// instead of letting garbage double the heap (docs/performance.md). It is soft:
// a larger live heap is allowed, only collected more often.
const defaultMemoryLimit = 64 << 20

// setMemoryLimit applies defaultMemoryLimit when GOMEMLIMIT is not set.
func setMemoryLimit(getenv func(string) string) {
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}

// scaleMemoryLimit gives each mailbox of an installation its own share: ten intakes at
// once under one 64 MiB limit spend their time collecting garbage (docs/scaling-bench.md).
func scaleMemoryLimit(getenv func(string) string, mailboxes int) {
	if getenv("GOMEMLIMIT") == "" && mailboxes > 1 {
		debug.SetMemoryLimit(int64(mailboxes) * defaultMemoryLimit)
	}
}
