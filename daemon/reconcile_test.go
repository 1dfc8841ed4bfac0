package daemon_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

func TestDailyReconciliation(t *testing.T) {
	db := storetest.SQLite(t)
	e := newEnv(t, db, nil)
	e.d.Turns = db
	e.d.Shadow = true // read but never mark: the mail stays unprocessed on the server

	c, err := imapclient.DialInsecure(e.srv.IMAPAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login("spoc@gemeente.test", "secret").Wait(); err != nil {
		t.Fatal(err)
	}
	raw := "From: a@gemeente.test\r\nTo: spoc@gemeente.test\r\nSubject: Lamp kapot\r\nMessage-ID: <old@x>\r\n\r\nx\r\n"
	cmd := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Time: time.Now().Add(-3 * time.Hour)})
	cmd.Write([]byte(raw))
	cmd.Close()
	if _, err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	c.Logout().Wait()

	e.once()
	reports := func() (n int, text string) {
		rows, _ := db.Outbox(context.Background(), "")
		for _, r := range rows {
			if r.Kind == "reconcile" {
				n++
				text = string(r.Raw)
			}
		}
		return n, text
	}
	if n, text := reports(); n != 1 || !strings.Contains(text, "UID 1") {
		t.Fatalf("reconcile reports after the first day: %d\n%s", n, text)
	}
	e.once()
	if n, _ := reports(); n != 1 {
		t.Fatalf("reconciled twice on one day: %d reports", n)
	}
	// A day later, with a wrong IMAP password: the login problem is reported.
	e.d.Now = func() time.Time { return time.Now().Add(25 * time.Hour) }
	good := e.d.DialIMAP
	e.d.DialIMAP = func(ctx context.Context) (*imapin.Session, error) {
		return imapin.Dial(ctx, imapin.Config{Addr: e.cfg.IMAP.Address, TLS: "none", Username: "spoc@gemeente.test", Password: "wrong"})
	}
	if _, err := daemon.Once(context.Background(), e.d); err == nil {
		t.Fatal("Once with a wrong IMAP password reported no error")
	}
	e.d.DialIMAP = good
	if n, text := reports(); n != 2 || !strings.Contains(text, "IMAP") {
		t.Fatalf("login problem not reported: %d reports\n%s", n, text)
	}
}
