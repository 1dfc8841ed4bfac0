// Command seed fills a mailbox with N generated request mails over IMAP APPEND
// (the fastest way in), using a few connections in parallel.
//
//	seed -imap 127.0.0.1:14143 -user spoc@example.test -password secret -n 1000
package main

import (
	"flag"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/spocd/spocd/bench/benchmail"
)

func main() {
	addr := flag.String("imap", "127.0.0.1:14143", "IMAP server host:port (plain text, loopback)")
	user := flag.String("user", "", "mailbox owner (login name and To address)")
	password := flag.String("password", "secret", "IMAP password")
	mailbox := flag.String("mailbox", "INBOX", "mailbox to fill")
	n := flag.Int("n", 1000, "number of messages")
	seed := flag.Uint64("seed", 1, "generator seed: same seed, same messages")
	domain := flag.String("domain", "example.test", "domain of the senders")
	conns := flag.Int("conns", 4, "parallel IMAP connections")
	flag.Parse()
	if *user == "" || *n < 0 || *conns < 1 {
		fmt.Fprintln(os.Stderr, "seed: -user is required; -n >= 0, -conns >= 1")
		os.Exit(2)
	}
	start := time.Now()
	var bytesTotal, attachments atomic.Int64
	var next atomic.Int64
	var g errgroup.Group
	var mu sync.Mutex
	for range *conns {
		g.Go(func() error {
			c, err := benchmail.Login(*addr, *user, *password)
			if err != nil {
				return err
			}
			defer c.Close()
			for {
				i := int(next.Add(1) - 1)
				if i >= *n {
					return c.Logout().Wait()
				}
				raw := benchmail.Generate(*seed, i, *domain, *user)
				if len(raw) > 100<<10 {
					attachments.Add(1)
				}
				bytesTotal.Add(int64(len(raw)))
				if err := benchmail.Append(c, *mailbox, raw); err != nil {
					mu.Lock()
					defer mu.Unlock()
					return fmt.Errorf("message %d: %w", i, err)
				}
			}
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Fprintln(os.Stderr, "seed:", err)
		os.Exit(1)
	}
	fmt.Printf("seeded %d messages (%d with attachments), %.1f MB in %.1fs\n",
		*n, attachments.Load(), float64(bytesTotal.Load())/1e6, time.Since(start).Seconds())
}
