package imapin

import (
	"errors"
	"net"
	"sync"
	"time"
)

// deadlineConn wraps the TCP connection under the IMAP client (and under TLS)
// to detect dead connections. imapclient sets its own deadlines per response
// and none while waiting for one, so a server that stops answering in the
// middle of a command would hang the session. While a command is active,
// every Read and Write pushes the deadline timeout into the future: a command
// fails when the connection makes no progress for that long, however long
// the whole transfer takes. Outside commands (between calls, during IDLE)
// reads have no deadline of ours.
type deadlineConn struct {
	net.Conn
	timeout time.Duration

	mu     sync.Mutex
	active bool
	// dead is the first timeout seen. The connection is then unusable, and
	// failing every later Read at once keeps the client from waiting out the
	// timeout again for each byte it still tries to decode.
	dead error
}

func newDeadlineConn(c net.Conn, timeout time.Duration) *deadlineConn {
	return &deadlineConn{Conn: c, timeout: timeout}
}

// setTimeout changes the progress timeout for later reads and writes.
func (c *deadlineConn) setTimeout(d time.Duration) {
	c.mu.Lock()
	c.timeout = d
	c.mu.Unlock()
}

// setActive switches the progress deadline on or off. Switching off clears
// the read deadline, which also releases a Read that is blocked right now.
func (c *deadlineConn) setActive(on bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.active = on
	if on {
		_ = c.Conn.SetReadDeadline(time.Now().Add(c.timeout))
	} else {
		_ = c.Conn.SetReadDeadline(time.Time{})
	}
}

func (c *deadlineConn) Read(b []byte) (int, error) {
	c.mu.Lock()
	if c.dead != nil {
		err := c.dead
		c.mu.Unlock()
		return 0, err
	}
	if c.active {
		_ = c.Conn.SetReadDeadline(time.Now().Add(c.timeout))
	}
	c.mu.Unlock()
	n, err := c.Conn.Read(b)
	c.noteTimeout(err)
	return n, err
}

func (c *deadlineConn) Write(b []byte) (int, error) {
	// Writes only happen while sending a command (or DONE): always bounded.
	c.mu.Lock()
	timeout, dead := c.timeout, c.dead
	c.mu.Unlock()
	if dead != nil {
		return 0, dead
	}
	_ = c.Conn.SetWriteDeadline(time.Now().Add(timeout))
	n, err := c.Conn.Write(b)
	c.noteTimeout(err)
	return n, err
}

func (c *deadlineConn) noteTimeout(err error) {
	var netErr net.Error
	if err == nil || !errors.As(err, &netErr) || !netErr.Timeout() {
		return
	}
	c.mu.Lock()
	if c.dead == nil {
		c.dead = err
	}
	c.mu.Unlock()
}
