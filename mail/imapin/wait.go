package imapin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/emersion/go-imap/v2"
)

// Wait blocks until the mailbox may have new mail, ctx ends, or maxWait
// passes (maxWait <= 0: no limit but ctx). It returns (true, nil) when there
// may be new mail: an EXISTS from the server (during IDLE, or seen during
// earlier commands), or a periodic check (NOOP + STATUS, every
// PollInterval) that shows UIDNEXT or UIDVALIDITY moved. It returns
// (false, nil) when maxWait passed and (false, err) when ctx ended or the
// connection failed; then the caller closes the session and reconnects.
//
// With CanIdle, Wait idles for at most min(PollInterval, 25m) at a time and
// re-issues IDLE, so servers never drop it as inactive.
func (s *Session) Wait(ctx context.Context, maxWait time.Duration) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("imapin: wait: %w", err)
	}
	if s.isClosed() {
		return false, fmt.Errorf("imapin: wait: %w", ErrClosed)
	}
	var deadline time.Time
	if maxWait > 0 {
		deadline = time.Now().Add(maxWait)
	}
	idle := s.CanIdle()
	for {
		// Mail reported during earlier commands (a FETCH, a STORE) is not
		// reported again by IDLE: answer at once.
		select {
		case <-s.notify:
			return true, nil
		default:
		}

		now := time.Now()
		s.stateMu.Lock()
		nextCheck := s.lastCheck.Add(s.cfg.PollInterval)
		s.stateMu.Unlock()
		if !now.Before(nextCheck) {
			moved, err := s.check(ctx)
			if err != nil {
				return false, err
			}
			if moved {
				return true, nil
			}
			continue
		}
		wake := nextCheck
		if !deadline.IsZero() {
			if !now.Before(deadline) {
				return false, nil
			}
			if deadline.Before(wake) {
				wake = deadline
			}
		}
		period := min(wake.Sub(now), maxIdle)

		var (
			got bool
			err error
		)
		if idle {
			got, err = s.idle(ctx, period)
			var imapErr *imap.Error
			if errors.As(err, &imapErr) && !s.isClosed() {
				// The server advertises IDLE but refused it: poll from now on.
				s.log.Warn("imap server refused IDLE, polling instead", slog.Any("error", err))
				s.noIdle.Store(true)
				idle = false
				continue
			}
		} else {
			got, err = s.sleep(ctx, period)
		}
		if err != nil || got {
			return got, err
		}
	}
}

// sleep waits for period, an EXISTS notification or the end of ctx.
func (s *Session) sleep(ctx context.Context, period time.Duration) (bool, error) {
	timer := time.NewTimer(period)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return false, fmt.Errorf("imapin: wait: %w", ctx.Err())
	case <-s.notify:
		return true, nil
	case <-s.closed:
		return false, fmt.Errorf("imapin: wait: %w", ErrClosed)
	case <-s.client.Closed():
		return false, fmt.Errorf("imapin: wait: %w", ErrClosed)
	case <-timer.C:
		return false, nil
	}
}

// idle runs one IDLE command for at most period. When ctx ends, IDLE is
// still ended properly (bounded by a short timeout), so the session stays
// usable, e.g. for a polite LOGOUT.
func (s *Session) idle(ctx context.Context, period time.Duration) (bool, error) {
	var cmd interface {
		Close() error
		Wait() error
	}
	err := s.do(ctx, "wait: start idle", func() error {
		c, err := s.client.Idle()
		if err != nil {
			return err
		}
		cmd = c
		return nil
	})
	if err != nil {
		return false, err
	}

	timer := time.NewTimer(period)
	defer timer.Stop()
	var (
		got    bool
		ctxErr error
	)
	select {
	case <-ctx.Done():
		ctxErr = ctx.Err()
	case <-s.notify:
		got = true
	case <-timer.C:
	case <-s.closed:
	case <-s.client.Closed():
	}

	stopCtx := context.WithoutCancel(ctx)
	if ctxErr != nil {
		var cancel context.CancelFunc
		stopCtx, cancel = context.WithTimeout(stopCtx, min(s.cfg.IOTimeout, 5*time.Second))
		defer cancel()
	}
	err = s.do(stopCtx, "wait: stop idle", func() error {
		if err := cmd.Close(); err != nil {
			return err
		}
		return cmd.Wait()
	})
	if ctxErr != nil {
		return false, fmt.Errorf("imapin: wait: %w", ctxErr)
	}
	if err != nil {
		return false, err
	}
	return got, nil
}

// check asks the server whether the mailbox changed: NOOP (which delivers
// pending EXISTS) and STATUS UIDNEXT UIDVALIDITY MESSAGES. It reports
// whether new mail may have arrived.
func (s *Session) check(ctx context.Context) (bool, error) {
	before := s.State()
	if err := s.do(ctx, "wait: noop", func() error { return s.client.Noop().Wait() }); err != nil {
		return false, err
	}
	var data *imap.StatusData
	err := s.do(ctx, "wait: status", func() error {
		var err error
		data, err = s.client.Status(s.cfg.Mailbox, &imap.StatusOptions{
			NumMessages: true, UIDNext: true, UIDValidity: true,
		}).Wait()
		return err
	})
	var imapErr *imap.Error
	switch {
	case err == nil:
	case errors.As(err, &imapErr):
		// Some servers refuse STATUS on the selected mailbox: NOOP's
		// EXISTS is then all we have.
		s.log.Debug("imap status refused", slog.Any("error", err))
		data = nil
	default:
		return false, err
	}

	s.stateMu.Lock()
	s.lastCheck = time.Now()
	moved := false
	if data != nil {
		if data.UIDValidity != 0 && data.UIDValidity != s.state.UIDValidity {
			s.state.UIDValidity = data.UIDValidity
			moved = true
		}
		if next := uint32(data.UIDNext); next != 0 && next != s.state.UIDNext {
			moved = moved || next > before.UIDNext || data.UIDValidity != before.UIDValidity
			s.state.UIDNext = next
		}
		if data.NumMessages != nil {
			s.state.Messages = *data.NumMessages
		}
	}
	s.stateMu.Unlock()

	select {
	case <-s.notify:
		moved = true
	default:
	}
	return moved, nil
}
