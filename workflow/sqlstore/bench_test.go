package sqlstore_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"github.com/spocd/spocd/bench/benchmail"
	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// The store's hot paths: what intake does per message. Run with
//
//	go test -run '^$' -bench . -benchmem ./workflow/sqlstore/
//
// (SPOCD_TEST_POSTGRES_DSN adds nothing here: these run on SQLite, the default.)

// seedMessages records n inbound messages (half linked to a request with a thread id) and
// returns their message ids.
func seedMessages(b *testing.B, s *sqlstore.DB, n int) []string {
	b.Helper()
	ctx := context.Background()
	ids := make([]string, n)
	err := s.InTx(ctx, func(tx workflow.Tx) error {
		for i := range n {
			ids[i] = fmt.Sprintf("<seed-%d@bench.test>", i)
			rec := inboundRecord(i, ids[i], 2<<10)
			if i%2 == 0 {
				ref, err := tx.NextRef(ctx, "SPOC")
				if err != nil {
					return err
				}
				r := &workflow.Request{Ref: ref, Status: workflow.StatusReceived, Subject: "s", Requester: "jan@x.nl", CreatedAt: time.Now(), UpdatedAt: time.Now()}
				if err := tx.CreateRequest(ctx, r); err != nil {
					return err
				}
				rec.RequestID = &r.ID
				if err := tx.AddThreadID(ctx, ids[i], r.ID, false); err != nil {
					return err
				}
			}
			if err := tx.RecordMessage(ctx, rec); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return ids
}

func inboundRecord(i int, mid string, size int) *workflow.InboundRecord {
	raw := make([]byte, size)
	sum := sha256.Sum256([]byte(mid))
	return &workflow.InboundRecord{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1), MessageID: mid,
		SHA256: hex.EncodeToString(sum[:]), From: "jan@x.nl", Subject: "Extra werkplek", Action: "new_request",
		Size: int64(size), ReceivedAt: time.Now(), Raw: raw}
}

func BenchmarkSeenMessage(b *testing.B) {
	s := storetest.SQLite(b)
	ids := seedMessages(b, s, 10_000)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		mid := ids[i%len(ids)]
		if i%2 == 1 {
			mid = "<unknown@bench.test>"
		}
		if _, err := s.SeenMessage(ctx, mid, "0000"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecordMessage(b *testing.B) {
	for _, size := range []int{4 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("raw=%dKB", size>>10), func(b *testing.B) {
			s := storetest.SQLite(b)
			ctx := context.Background()
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				rec := inboundRecord(i, fmt.Sprintf("<rec-%d@bench.test>", i), size)
				if err := s.InTx(ctx, func(tx workflow.Tx) error { return tx.RecordMessage(ctx, rec) }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRequestByThreadID(b *testing.B) {
	s := storetest.SQLite(b)
	ids := seedMessages(b, s, 10_000)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		refs := []string{"<elsewhere@x.nl>", ids[(2*i)%len(ids)]}
		if _, err := s.RequestByThreadID(ctx, refs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEnqueue(b *testing.B) {
	s := storetest.SQLite(b)
	ctx := context.Background()
	raw := make([]byte, 6<<10)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m := &workflow.OutboxMail{Kind: "ack", MessageID: fmt.Sprintf("<out-%d@bench.test>", i), From: "spoc@x.nl",
			Recipients: []string{"jan@x.nl"}, Raw: raw, Status: "pending", NextAttemptAt: time.Now(), CreatedAt: time.Now()}
		if err := s.InTx(ctx, func(tx workflow.Tx) error { return tx.Enqueue(ctx, m) }); err != nil {
			b.Fatal(err)
		}
	}
}

const benchConfig = `
[organisation]
name = "Gemeente Bench"
[imap]
address = "127.0.0.1:143"
tls = "none"
username = "spoc@example.test"
password = "x"
since = "2000-01-01"
[smtp]
address = "127.0.0.1:25"
tls = "none"
[spoc]
address = "spoc@example.test"
customer = "facilitair@example.test"
supplier = "spoc@example.net"
[approval]
approvers = ["rianne@example.test", "piet@example.test"]
[[rule]]
name = "storing"
match_subject = "(?i)storing|kapot|defect|werkt niet|geen beeld"
category = "storing"
extra_work = false
needs_approval = false
`

// BenchmarkIngestBatch100 is one intake batch: 100 generated request mails (10 % with
// attachments of 100 KB-5 MB) parsed, routed and committed with their outbox rows.
func BenchmarkIngestBatch100(b *testing.B) {
	cfg, err := config.Parse("bench.toml", []byte(benchConfig), nil)
	if err != nil {
		b.Fatal(err)
	}
	tmpl, err := templates.New()
	if err != nil {
		b.Fatal(err)
	}
	s := storetest.SQLite(b)
	eng := workflow.New(cfg, s, tmpl)
	ctx := context.Background()
	if _, err := eng.Intake(ctx, "INBOX"); err != nil {
		b.Fatal(err)
	}
	const n = 100
	var bytes int64
	raws := make([][]byte, n)
	for i := range raws {
		raws[i] = benchmail.Generate(7, i, "example.test", "spoc@example.test")
		bytes += int64(len(raws[i]))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	uid := uint32(0)
	for round := 0; b.Loop(); round++ {
		batch := make([]workflow.Inbound, n)
		for i, raw := range raws {
			uid++
			// A new Message-ID per round, or everything after the first round is a duplicate.
			raw = append([]byte(fmt.Sprintf("X-Round: %d\r\nMessage-ID: <r%d-%d@bench.test>\r\n", round, round, i)), raw...)
			batch[i] = workflow.Inbound{UID: uid, InternalDate: time.Now(), Raw: raw, Size: int64(len(raw))}
		}
		outs, err := eng.IngestBatch(ctx, "INBOX", 1, batch)
		if err != nil {
			b.Fatal(err)
		}
		if len(outs) != n || outs[0].Action != "new_request" {
			b.Fatalf("IngestBatch() = %d outcomes, first %+v; want %d new requests", len(outs), outs[0], n)
		}
	}
}
