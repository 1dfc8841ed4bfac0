// Command plainfetch is the physical limit spocd's intake is measured against:
// one IMAP connection, one streaming UID FETCH 1:* BODY.PEEK[] over the whole
// mailbox, and every message parsed with go-message (all parts read and decoded).
// It prints "messages bytes seconds".
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 charsets
	gomail "github.com/emersion/go-message/mail"

	"github.com/spocd/spocd/bench/benchmail"
)

func main() {
	addr := flag.String("imap", "127.0.0.1:14143", "IMAP server host:port (plain text, loopback)")
	user := flag.String("user", "", "login name")
	password := flag.String("password", "secret", "IMAP password")
	mailbox := flag.String("mailbox", "INBOX", "mailbox to read")
	flag.Parse()
	if *user == "" {
		fmt.Fprintln(os.Stderr, "plainfetch: -user is required")
		os.Exit(2)
	}
	n, size, d, err := run(*addr, *user, *password, *mailbox)
	if err != nil {
		fmt.Fprintln(os.Stderr, "plainfetch:", err)
		os.Exit(1)
	}
	fmt.Printf("%d %d %.3f\n", n, size, d.Seconds())
}

func run(addr, user, password, mailbox string) (int, int64, time.Duration, error) {
	start := time.Now()
	c, err := benchmail.Login(addr, user, password)
	if err != nil {
		return 0, 0, 0, err
	}
	defer c.Close()
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return 0, 0, 0, fmt.Errorf("select %q: %w", mailbox, err)
	}
	var all imap.UIDSet
	all.AddRange(1, 0) // 1:*
	cmd := c.Fetch(all, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}})
	defer cmd.Close()
	n := 0
	var total int64
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		for {
			item := msg.Next()
			if item == nil {
				break
			}
			if body, ok := item.(imapclient.FetchItemDataBodySection); ok && body.Literal != nil {
				size, err := parse(body.Literal)
				if err != nil {
					return n, total, 0, fmt.Errorf("message %d: %w", n+1, err)
				}
				total += size
				n++
			}
		}
	}
	if err := cmd.Close(); err != nil {
		return n, total, 0, fmt.Errorf("fetch: %w", err)
	}
	d := time.Since(start)
	_ = c.Logout().Wait()
	return n, total, d, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// parse reads one message with go-message: the header, then every part
// decoded (transfer encoding and charset), as a reader of the mail must.
func parse(r io.Reader) (int64, error) {
	cr := &countingReader{r: r}
	mr, err := gomail.CreateReader(cr)
	if err != nil && mr == nil {
		_, _ = io.Copy(io.Discard, cr)
		return cr.n, nil // unreadable: counted, skipped
	}
	_, _ = mr.Header.Subject()
	_, _ = mr.Header.AddressList("From")
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			break
		}
		if _, err := io.Copy(io.Discard, p.Body); err != nil {
			break
		}
	}
	_, _ = io.Copy(io.Discard, cr) // whatever the parser left
	return cr.n, nil
}
