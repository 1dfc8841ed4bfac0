package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

type ingestResult struct {
	elapsed  time.Duration
	split    []int     // mailboxes polled per instance at the end, in start order
	cpu      []float64 // CPU seconds per instance
	moves    int       // times a mailbox lease changed hands during the round
	busy     float64   // machine CPU busy share during the round
	requests int       // requests at the end, after the instances stopped (N unless a mail was taken twice)
}

func (r ingestResult) splitText() string {
	var s []string
	for _, n := range r.split {
		s = append(s, fmt.Sprint(n))
	}
	return strings.Join(s, " + ")
}

func (r ingestResult) cpuText() string {
	var s []string
	for _, c := range r.cpu {
		s = append(s, fmt.Sprintf("%.0f", c))
	}
	return strings.Join(s, " + ")
}

// ingest runs `instances` spocd processes (started together) on a fresh schema until
// every seeded mail is a request. With split, each instance gets a config with its own
// share of the mailboxes (a static split); without, every instance serves every mailbox
// and the leases decide who polls what.
func (b *bench) ingest(ctx context.Context, round string, boxes []string, instances int, split bool) (ingestResult, error) {
	var res ingestResult
	schema, dsn, err := b.newSchema(ctx, round)
	if err != nil {
		return res, err
	}
	var cfgs []string
	for i := range instances {
		in := installation{DSN: dsn, SMTP: b.o.sink, PasswordFile: b.pwFile, IMAP: b.o.imap,
			Mailboxes: boxes, Domain: b.o.domain, Supplier: "leverancier@" + b.o.supplierD}
		name := round
		if split {
			lo, hi := i*len(boxes)/instances, (i+1)*len(boxes)/instances
			in.Mailboxes, in.First = boxes[lo:hi], lo
			name = fmt.Sprintf("%s-%d", round, i)
		} else if i > 0 {
			cfgs = append(cfgs, cfgs[0])
			continue
		}
		cfg, err := b.install(ctx, name, in)
		if err != nil {
			return res, err
		}
		cfgs = append(cfgs, cfg)
	}
	cpu0 := readCPU()
	start := time.Now()
	var ins []*instance
	for i := range instances {
		in, err := b.procs.start(b.o.spocd, cfgs[i], filepath.Join(b.o.dir, fmt.Sprintf("ingest-%s-%d.log", round, i)))
		if err != nil {
			return res, err
		}
		ins = append(ins, in)
	}
	last := map[string]int{}
	deadline := start.Add(b.o.roundTimeout)
	count := 0
	for {
		if err := b.admin.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+schema+".requests").Scan(&count); err != nil {
			return res, fmt.Errorf("count requests: %w", err)
		}
		if count >= b.o.n {
			res.elapsed = time.Since(start)
			break
		}
		h, err := b.holders(ctx, schema)
		if err != nil {
			return res, err
		}
		for box, pid := range h {
			if prev, ok := last[box]; ok && prev != pid {
				res.moves++
			}
			last[box] = pid
		}
		for _, in := range ins {
			if in.exited() {
				return res, fmt.Errorf("ingest %s: spocd pid %d exited early (see %s)", round, in.pid, in.log)
			}
		}
		if time.Now().After(deadline) {
			return res, fmt.Errorf("ingest %s: %d of %d requests after %v", round, count, b.o.n, b.o.roundTimeout)
		}
		if !pause(ctx, 100*time.Millisecond) {
			return res, ctx.Err()
		}
	}
	res.busy = busyShare(cpu0, readCPU())
	for _, in := range ins {
		n := 0
		for _, pid := range last {
			if pid == in.pid {
				n++
			}
		}
		res.split = append(res.split, n)
	}
	// Ordered by share, largest first, so that "10 + 0" and "6 + 4" read the same each run.
	order := make([]int, len(ins))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return res.split[y] - res.split[x] })
	for _, in := range ins {
		in.stop(20 * time.Second)
	}
	shares, cpu := make([]int, len(ins)), make([]float64, len(ins))
	for i, k := range order {
		shares[i], cpu[i] = res.split[k], ins[k].cpuSeconds()
	}
	res.split, res.cpu = shares, cpu
	// Every mail is one request: a mail ingested twice (by two instances) would show here.
	if err := b.admin.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+schema+".requests").Scan(&res.requests); err != nil {
		return res, fmt.Errorf("count requests: %w", err)
	}
	b.dropSchema(schema)
	return res, nil
}
