package imapin

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkFetch1000 fetches 1,000 messages of about 4 KB each from the
// in-process server in batches of 100.
func BenchmarkFetch1000(b *testing.B) {
	ts := newTestServer(b, serverOptions{})
	body := strings.Repeat("Dit is een verzoek om een extra werkplek. ", 100)
	var total int64
	for i := 0; i < 1000; i++ {
		raw := testMessage(i, body)
		total += int64(len(raw))
		ts.appendRaw(b, "INBOX", raw)
	}
	s := dialTest(b, ts.config())
	ctx := context.Background()
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		err := s.Fetch(ctx, 0, func(batch []Fetched) error {
			n += len(batch)
			return nil
		})
		if err != nil {
			b.Fatalf("Fetch() = %v", err)
		}
		if n != 1000 {
			b.Fatalf("Fetch() returned %d messages, want 1000", n)
		}
	}
}
