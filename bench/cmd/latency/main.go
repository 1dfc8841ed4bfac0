// Command latency measures how quickly a running spocd answers, against a real
// Postfix + Dovecot on loopback. It writes a config, starts `spocd run` (IDLE on)
// and then, for each sample:
//
//   - bare: an SMTP mail to an ordinary mailbox until it is visible over IMAP
//     (the limit: the server's own delivery time);
//   - ack: a request mailed to the SPOC address until the acknowledgement is in
//     the requester's INBOX;
//   - forward: the approver's "akkoord" reply to the approval mail until the
//     forward is in the supplier's INBOX.
//
// It prints one line per kind: "kind p50_ms p95_ms samples".
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	netmail "net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/bench/benchmail"
)

type options struct {
	spocd, dir, imapAddr, smtpAddr, password, domain, supplierDomain string
	samples                                                          int
	timeout                                                          time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.spocd, "spocd", "", "path of the spocd binary")
	flag.StringVar(&o.dir, "dir", "", "work directory (config, database, log)")
	flag.StringVar(&o.imapAddr, "imap", "127.0.0.1:14143", "IMAP server")
	flag.StringVar(&o.smtpAddr, "smtp", "127.0.0.1:14025", "SMTP server")
	flag.StringVar(&o.password, "password", "secret", "password of every mailbox")
	flag.StringVar(&o.domain, "domain", "example.test", "the organisation's domain")
	flag.StringVar(&o.supplierDomain, "supplier-domain", "example.net", "the supplier's domain")
	flag.IntVar(&o.samples, "n", 50, "samples per kind")
	flag.DurationVar(&o.timeout, "timeout", 30*time.Second, "longest wait for one mail")
	flag.Parse()
	if o.spocd == "" || o.dir == "" || o.samples < 1 {
		fmt.Fprintln(os.Stderr, "latency: -spocd and -dir are required, -n >= 1")
		os.Exit(2)
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "latency:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	tag := fmt.Sprintf("%d", time.Now().Unix()%100000)
	spoc := "spoc-lat" + tag + "@" + o.domain
	approver := "approver-lat" + tag + "@" + o.domain
	supplier := "leverancier-lat" + tag + "@" + o.supplierDomain
	cfg, err := writeConfig(o, spoc, approver, supplier)
	if err != nil {
		return err
	}
	logFile, err := os.Create(filepath.Join(o.dir, "spocd-run.log"))
	if err != nil {
		return fmt.Errorf("log file: %w", err)
	}
	defer logFile.Close()
	cmd := exec.Command(o.spocd, "--config", cfg, "run")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start spocd: %w", err)
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}()

	// Warm up: the first request proves spocd is idling on the mailbox.
	if _, _, err := request(o, spoc, "warmup"+tag, approver, supplier, false); err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	var bare, ack, fwd []time.Duration
	bareUser := "bare-lat" + tag + "@" + o.domain
	for i := range o.samples {
		d, err := bareDelivery(o, bareUser, i)
		if err != nil {
			return fmt.Errorf("bare sample %d: %w", i, err)
		}
		bare = append(bare, d)
		a, f, err := request(o, spoc, fmt.Sprintf("%s-%d", tag, i), approver, supplier, true)
		if err != nil {
			return fmt.Errorf("sample %d: %w", i, err)
		}
		ack, fwd = append(ack, a), append(fwd, f)
	}
	for _, k := range []struct {
		name string
		d    []time.Duration
	}{{"bare", bare}, {"ack", ack}, {"forward", fwd}} {
		fmt.Printf("%s %.0f %.0f %d\n", k.name, ms(pct(k.d, 50)), ms(pct(k.d, 95)), len(k.d))
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// pct is the nearest-rank percentile.
func pct(d []time.Duration, p int) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	k := (p*len(s) + 99) / 100
	return s[max(k-1, 0)]
}

func writeConfig(o options, spoc, approver, supplier string) (string, error) {
	pw := filepath.Join(o.dir, "mail-password")
	if err := os.WriteFile(pw, []byte(o.password+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	cfg := fmt.Sprintf(`[organisation]
name = "Gemeente Voorbeeld"
ref_prefix = "SPOC"

[database]
driver = "sqlite"
dsn = %q

[imap]
address = %q
tls = "none"
username = %q
password_file = %q
idle = true
poll_interval = "60s"

[smtp]
address = %q
tls = "none"
username = %q
password_file = %q
auth = "plain"

[spoc]
address = %q
customer = %q
supplier = %q

[approval]
approvers = [%q]
policy = "any"

[acknowledgement]
max_per_hour = 1000
max_per_day = 10000
max_total_per_hour = 100000
`, filepath.Join(o.dir, "latency.db"), o.imapAddr, spoc, pw, o.smtpAddr, spoc, pw,
		spoc, "facilitair-lat@"+o.domain, supplier, approver)
	path := filepath.Join(o.dir, "latency.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	return path, nil
}

func send(o options, from, to string, raw []byte) error {
	// Plain text on loopback: smtp.SendMail would insist on STARTTLS.
	c, err := smtp.Dial(o.smtpAddr)
	if err != nil {
		return fmt.Errorf("smtp dial %s: %w", o.smtpAddr, err)
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

// waiter polls one user's INBOX size.
type waiter struct {
	c      *imapclient.Client
	before int
}

func newWaiter(o options, user string) (*waiter, error) {
	c, err := benchmail.Login(o.imapAddr, user, o.password)
	if err != nil {
		return nil, err
	}
	n, err := benchmail.Count(c, "INBOX")
	if err != nil {
		c.Close()
		return nil, err
	}
	return &waiter{c: c, before: n}, nil
}

// wait returns when the INBOX holds more messages than before.
func (w *waiter) wait(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		n, err := benchmail.Count(w.c, "INBOX")
		if err != nil {
			return err
		}
		if n > w.before {
			w.before = n
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no new mail after %v", timeout)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (w *waiter) close() { _ = w.c.Logout().Wait(); w.c.Close() }

func bareDelivery(o options, user string, i int) (time.Duration, error) {
	w, err := newWaiter(o, user)
	if err != nil {
		return 0, err
	}
	defer w.close()
	raw := message("medewerker@"+o.domain, user, fmt.Sprintf("Bare delivery %d", i), "", "Alleen de server.\r\n")
	start := time.Now()
	if err := send(o, "medewerker@"+o.domain, user, raw); err != nil {
		return 0, err
	}
	if err := w.wait(o.timeout); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

var refRE = regexp.MustCompile(`SPOC-\d+`)

// request mails a request to the SPOC and waits for the acknowledgement; with
// approve it then answers the approval mail with "akkoord" and waits for the
// forward in the supplier's mailbox.
func request(o options, spoc, tag, approver, supplier string, approve bool) (ack, fwd time.Duration, err error) {
	requester := "req-lat" + tag + "@" + o.domain
	w, err := newWaiter(o, requester)
	if err != nil {
		return 0, 0, err
	}
	defer w.close()
	raw := message(requester, spoc, "Extra werkplek "+tag, "", "Beste SPOC,\r\n\r\nGraag een extra werkplek voor onze stagiair.\r\n\r\nGroet\r\n")
	start := time.Now()
	if err := send(o, requester, spoc, raw); err != nil {
		return 0, 0, err
	}
	if err := w.wait(o.timeout); err != nil {
		return 0, 0, fmt.Errorf("acknowledgement: %w", err)
	}
	ack = time.Since(start)
	if !approve {
		return ack, 0, nil
	}
	hdrs, err := headers(w.c, "INBOX")
	if err != nil {
		return 0, 0, err
	}
	ref := refRE.FindString(decode(hdrs[len(hdrs)-1].Get("Subject")))
	if ref == "" {
		return 0, 0, errors.New("acknowledgement carries no reference")
	}
	am, err := approvalMail(o, approver, ref)
	if err != nil {
		return 0, 0, err
	}
	sw, err := newWaiter(o, supplier)
	if err != nil {
		return 0, 0, err
	}
	defer sw.close()
	replyTo := am.Get("Reply-To")
	if a, err := netmail.ParseAddress(replyTo); err == nil {
		replyTo = a.Address
	}
	reply := message(approver, replyTo, "Re: "+decode(am.Get("Subject")), am.Get("Message-Id"), "akkoord\r\n\r\nMet vriendelijke groet,\r\nRianne\r\n")
	start = time.Now()
	if err := send(o, approver, replyTo, reply); err != nil {
		return 0, 0, err
	}
	if err := sw.wait(o.timeout); err != nil {
		return 0, 0, fmt.Errorf("forward: %w", err)
	}
	return ack, time.Since(start), nil
}

// approvalMail waits for the approval mail about ref in the approver's INBOX.
func approvalMail(o options, approver, ref string) (netmail.Header, error) {
	c, err := benchmail.Login(o.imapAddr, approver, o.password)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	deadline := time.Now().Add(o.timeout)
	for {
		hdrs, err := headers(c, "INBOX")
		if err != nil {
			return nil, err
		}
		for i := len(hdrs) - 1; i >= 0; i-- {
			if strings.Contains(decode(hdrs[i].Get("Subject")), ref) && hdrs[i].Get("Reply-To") != "" {
				return hdrs[i], nil
			}
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("no approval mail for %s in %s", ref, approver)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// headers returns the header of every message in mailbox, in UID order.
func headers(c *imapclient.Client, mailbox string) ([]netmail.Header, error) {
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return nil, fmt.Errorf("examine %q: %w", mailbox, err)
	}
	section := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}
	var all imap.UIDSet
	all.AddRange(1, 0)
	msgs, err := c.Fetch(all, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch headers: %w", err)
	}
	slices.SortFunc(msgs, func(a, b *imapclient.FetchMessageBuffer) int { return int(a.UID) - int(b.UID) })
	var out []netmail.Header
	for _, m := range msgs {
		raw := append(m.FindBodySection(section), "\r\n"...)
		msg, err := netmail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		out = append(out, msg.Header)
	}
	_ = c.Unselect().Wait()
	return out, nil
}

var dec = &mime.WordDecoder{CharsetReader: func(_ string, r io.Reader) (io.Reader, error) { return r, nil }}

func decode(s string) string {
	if d, err := dec.DecodeHeader(s); err == nil {
		return d
	}
	return s
}

func message(from, to, subject, inReplyTo, body string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\n", from, to, mime.QEncoding.Encode("utf-8", subject))
	fmt.Fprintf(&b, "Date: %s\r\nMessage-ID: <lat-%d@bench.invalid>\r\n", time.Now().Format(time.RFC1123Z), time.Now().UnixNano())
	if inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: %s\r\nReferences: %s\r\n", inReplyTo, inReplyTo)
	}
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString(body)
	return b.Bytes()
}
