package benchmail

import (
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Login opens a plain-text IMAP connection (loopback only) logged in as user.
func Login(addr, user, password string) (*imapclient.Client, error) {
	conn, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		return nil, fmt.Errorf("imap dial %s: %w", addr, err)
	}
	c := imapclient.New(conn, nil)
	if err := c.Login(user, password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("imap login %q: %w", user, err)
	}
	return c, nil
}

// Append stores raw in mailbox over c.
func Append(c *imapclient.Client, mailbox string, raw []byte) error {
	cmd := c.Append(mailbox, int64(len(raw)), nil)
	_, werr := cmd.Write(raw)
	cerr := cmd.Close()
	if _, err := cmd.Wait(); err != nil || werr != nil || cerr != nil {
		return fmt.Errorf("imap append: %w", errors.Join(err, werr, cerr))
	}
	return nil
}

// Count returns the number of messages in mailbox (STATUS MESSAGES).
func Count(c *imapclient.Client, mailbox string) (int, error) {
	st, err := c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		return 0, fmt.Errorf("imap status %q: %w", mailbox, err)
	}
	if st.NumMessages == nil {
		return 0, errors.New("imap status: no MESSAGES in the answer")
	}
	return int(*st.NumMessages), nil
}
