package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/bench/benchmail"
)

type latencyResult struct {
	base, takeover []time.Duration
	interval       time.Duration // between two requests
	killAfter      time.Duration // SIGKILL this long after the first request of the takeover round
	pickedUp       time.Duration // from the SIGKILL until every mailbox of the victim was polled again
	afterKill      int           // requests mailed after the SIGKILL
	victimBoxes    int
}

// ackTimeout is the longest wait for one acknowledgement: a takeover takes about a lease,
// a claimed outbox row waits for twice the lease.
func (b *bench) ackTimeout() time.Duration { return 60*time.Second + 6*b.o.lease }

func (b *bench) latency(ctx context.Context) (latencyResult, error) {
	var res latencyResult
	o := b.o
	boxes := make([]string, o.boxes)
	for i := range boxes {
		boxes[i] = fmt.Sprintf("spoc-lat-%s-%s@%s", boxName(i), b.tag, o.domain)
	}
	schema, dsn, err := b.newSchema(ctx, "lat")
	if err != nil {
		return res, err
	}
	cfg, err := b.install(ctx, "lat", installation{DSN: dsn, Lease: o.lease, SMTP: o.smtp, PasswordFile: b.pwFile, IMAP: o.imap,
		Mailboxes: boxes, Domain: o.domain, Supplier: "leverancier-" + b.tag + "@" + o.supplierD})
	if err != nil {
		return res, err
	}
	var ins []*instance
	for i := range 2 {
		in, err := b.procs.start(o.spocd, cfg, filepath.Join(o.dir, fmt.Sprintf("latency-%d.log", i)))
		if err != nil {
			return res, err
		}
		ins = append(ins, in)
	}
	defer func() {
		for _, in := range ins {
			in.stop(20 * time.Second)
		}
	}()

	// Every mailbox polled, and every one answers once (a warm-up: IDLE is on everywhere).
	var holders map[string]int
	for t0 := time.Now(); ; {
		if holders, err = b.holders(ctx, schema); err != nil {
			return res, err
		}
		if len(holders) == len(boxes) {
			break
		}
		if time.Since(t0) > 60*time.Second {
			return res, fmt.Errorf("latency: only %d of %d mailboxes polled after a minute", len(holders), len(boxes))
		}
		if !pause(ctx, 100*time.Millisecond) {
			return res, ctx.Err()
		}
	}
	if _, err := b.requests(ctx, boxes, "warm", len(boxes), 0, nil); err != nil {
		return res, fmt.Errorf("latency warm-up: %w", err)
	}

	// The victim polls the most mailboxes.
	if holders, err = b.holders(ctx, schema); err != nil {
		return res, err
	}
	perPID := map[int][]string{}
	for _, box := range boxes {
		perPID[holders[box]] = append(perPID[holders[box]], box)
	}
	var victim *instance
	for _, in := range ins {
		if victim == nil || len(perPID[in.pid]) > len(perPID[victim.pid]) {
			victim = in
		}
	}
	targets := perPID[victim.pid]
	res.victimBoxes = len(targets)
	if len(targets) == 0 {
		return res, errors.New("latency: no instance polls any mailbox")
	}
	logf("latency: instance %d polls %d mailboxes, the other %d", victim.pid, len(targets), len(boxes)-len(targets))

	// Requests over three leases; the SIGKILL comes a fifth into that window.
	window := 3 * o.lease
	res.interval = window / time.Duration(o.samples)
	res.killAfter = window / 5
	base, err := b.requests(ctx, targets, "base", o.samples, res.interval, nil)
	if err != nil {
		return res, fmt.Errorf("latency without takeover: %w", err)
	}
	res.base = base.latencies
	logf("latency: no takeover: p50 %v p95 %v", pct(res.base, 50), pct(res.base, 95))

	var killedAt time.Time
	var pickedUp = make(chan time.Duration, 1)
	kill := func() {
		victim.kill()
		killedAt = time.Now()
		go func() {
			for {
				h, err := b.holders(ctx, schema)
				if err == nil {
					done := true
					for _, box := range targets {
						if pid, ok := h[box]; !ok || pid == victim.pid {
							done = false
						}
					}
					if done {
						pickedUp <- time.Since(killedAt)
						return
					}
				}
				if !pause(ctx, 50*time.Millisecond) {
					pickedUp <- 0
					return
				}
			}
		}()
	}
	sent, err := b.requests(ctx, targets, "kill", o.samples, res.interval, &killPlan{after: res.killAfter, kill: kill})
	res.takeover = sent.latencies
	if err != nil {
		return res, fmt.Errorf("latency with takeover: %w", err)
	}
	res.afterKill = sent.afterKill
	select {
	case res.pickedUp = <-pickedUp:
	case <-time.After(time.Minute):
		return res, errors.New("latency: the victim's mailboxes were not picked up again within a minute")
	}
	logf("latency: takeover: p50 %v p95 %v, picked up after %v", pct(res.takeover, 50), pct(res.takeover, 95), res.pickedUp)
	for _, in := range ins {
		in.stop(20 * time.Second)
	}
	b.dropSchema(schema)
	return res, nil
}

// killPlan kills an instance this long after the first request.
type killPlan struct {
	after time.Duration
	kill  func()
}

type sentRequests struct {
	latencies []time.Duration // in the order the requests were mailed
	afterKill int
}

// requests mails n requests, one every interval (0: all at once), round-robin to the
// mailboxes, each from a new requester, and returns how long each took until its
// acknowledgement was in the requester's INBOX.
func (b *bench) requests(ctx context.Context, boxes []string, round string, n int, interval time.Duration, plan *killPlan) (sentRequests, error) {
	var out sentRequests
	lat := make([]time.Duration, n)
	sentAt := make([]time.Time, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := time.Now()
	var killedAt time.Time
	var killMu sync.Mutex
	if plan != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if pause(ctx, plan.after) {
				plan.kill()
				killMu.Lock()
				killedAt = time.Now()
				killMu.Unlock()
			}
		}()
	}
	for i := range n {
		if !pause(ctx, time.Until(start.Add(time.Duration(i)*interval))) {
			return out, ctx.Err()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			requester := fmt.Sprintf("req-%s-%s-%03d@%s", round, b.tag, i, b.o.domain)
			sentAt[i], lat[i], errs[i] = b.request(ctx, boxes[i%len(boxes)], requester, i)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return out, err
	}
	out.latencies = lat
	if plan != nil {
		out.afterKill = slices.IndexFunc(sentAt, func(t time.Time) bool { return !t.Before(killedAt) })
		if out.afterKill < 0 {
			out.afterKill = 0
		} else {
			out.afterKill = n - out.afterKill
		}
	}
	return out, nil
}

// request mails one request from requester to the SPOC and waits for the acknowledgement.
func (b *bench) request(ctx context.Context, spoc, requester string, i int) (sentAt time.Time, took time.Duration, err error) {
	c, err := benchmail.Login(b.o.imap, requester, b.o.password)
	if err != nil {
		return sentAt, 0, err
	}
	defer c.Close()
	raw := fmt.Sprintf("From: <%s>\r\nTo: <%s>\r\nSubject: Lamp %d kapot\r\nDate: %s\r\nMessage-ID: <multi-%d@bench.invalid>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGraag vervangen.\r\n",
		requester, spoc, i, time.Now().Format(time.RFC1123Z), time.Now().UnixNano())
	sentAt = time.Now()
	if err := b.send(requester, spoc, []byte(raw)); err != nil {
		return sentAt, 0, err
	}
	deadline := sentAt.Add(b.ackTimeout())
	for {
		n, err := benchmail.Count(c, "INBOX")
		if err != nil {
			return sentAt, 0, err
		}
		if n > 0 {
			return sentAt, time.Since(sentAt), nil
		}
		if time.Now().After(deadline) {
			return sentAt, 0, fmt.Errorf("no acknowledgement for %s (to %s) after %v", requester, spoc, b.ackTimeout())
		}
		if !pause(ctx, 10*time.Millisecond) {
			return sentAt, 0, ctx.Err()
		}
	}
}

func (b *bench) send(from, to string, raw []byte) error {
	// Plain text on loopback: smtp.SendMail would insist on STARTTLS.
	c, err := smtp.Dial(b.o.smtp)
	if err != nil {
		return fmt.Errorf("smtp dial %s: %w", b.o.smtp, err)
	}
	defer c.Close()
	if err := c.Hello("bench.localhost"); err != nil {
		return fmt.Errorf("smtp hello: %w", err)
	}
	if err := c.SendMail(from, []string{to}, bytes.NewReader(raw)); err != nil {
		return fmt.Errorf("smtp send to %s: %w", to, err)
	}
	return c.Quit()
}
