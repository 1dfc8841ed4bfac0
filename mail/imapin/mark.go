package imapin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
)

// MarkProcessed sets cfg.Keyword on uids (UID STORE +FLAGS.SILENT) and, when
// cfg.ProcessedFolder is set, moves them there (UID MOVE; on servers without
// MOVE a UID COPY, leaving the marked original in place). It never expunges
// or deletes. Call it only after the messages' effects are committed.
func (s *Session) MarkProcessed(ctx context.Context, uids []uint32) error {
	uids = cleanUIDs(uids)
	if len(uids) == 0 {
		return nil
	}
	if !s.canKeyword && s.cfg.ProcessedFolder == "" {
		return fmt.Errorf("imapin: mark processed: keyword %q: %w", s.cfg.Keyword, ErrKeyword)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.durable(ctx); err != nil {
		return err
	}
	folder := s.cfg.ProcessedFolder
	useMove := folder != "" && s.caps.Has(imap.CapMove)
	var toCopy []uint32
	if folder != "" && !useMove {
		// Without MOVE the marked original stays: copy only what was not
		// marked yet, so a retry does not copy twice.
		var err error
		toCopy, err = s.searchUIDs(ctx, "mark processed: search unmarked", &imap.SearchCriteria{
			UID:     []imap.UIDSet{uidSet(uids)},
			NotFlag: []imap.Flag{imap.Flag(s.cfg.Keyword)},
		}, 1, ^uint32(0))
		if err != nil {
			return err
		}
	}
	if err := s.store(ctx, "mark processed", uids, s.cfg.Keyword); err != nil {
		return err
	}
	if folder == "" {
		return nil
	}
	toMove := toCopy
	op := "copy to " + folder
	if useMove {
		op = "move to " + folder
		// Move every marked message: the ones just marked, and any marked
		// earlier but not moved (a crash between STORE and MOVE, or a newly
		// configured folder), which Unprocessed no longer lists.
		var err error
		toMove, err = s.searchUIDs(ctx, "mark processed: search marked",
			&imap.SearchCriteria{Flag: []imap.Flag{imap.Flag(s.cfg.Keyword)}}, 1, ^uint32(0))
		if err != nil {
			return err
		}
	}
	for chunk := range slices.Chunk(toMove, maxUIDsPerCommand) {
		err := s.do(ctx, "mark processed: "+op, func() error {
			if useMove {
				// Client.Move only falls back to COPY+STORE+EXPUNGE when the
				// server lacks MOVE, which useMove excludes.
				_, err := s.client.Move(uidSet(chunk), folder).Wait()
				return err
			}
			_, err := s.client.Copy(uidSet(chunk), folder).Wait()
			return err
		})
		if err != nil {
			var imapErr *imap.Error
			if errors.As(err, &imapErr) && (imapErr.Code == imap.ResponseCodeTryCreate || imapErr.Code == imap.ResponseCodeNonExistent) {
				return fmt.Errorf("imapin: mark processed: processed folder %q does not exist (create it): %w: %w", folder, ErrMailbox, err)
			}
			return err
		}
	}
	s.log.Debug("imap messages marked processed", slog.Int("count", len(uids)), slog.String("folder", folder), slog.Bool("moved", useMove))
	return nil
}

// Flag adds keyword (for example "$SPOCdQuarantine") to uids without moving them.
func (s *Session) Flag(ctx context.Context, uids []uint32, keyword string) error {
	if err := validKeyword(keyword); err != nil {
		return fmt.Errorf("imapin: flag: %w", err)
	}
	uids = cleanUIDs(uids)
	if len(uids) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.store(ctx, "flag "+keyword, uids, keyword)
}

// QueueProcessed is MarkProcessed for the batch handler of Fetch: the keyword is set by
// the fetching goroutine before one of its next commands, for many batches at once (see
// defaultMarkEvery), and at the latest when Fetch ends,
// instead of the handler waiting for the fetch in flight (a batch of large messages takes
// seconds to arrive, and the handler would hold up the next transaction meanwhile). Fetch
// returns an error from that marking. A crash before it leaves committed messages
// unmarked, which the next pass finds (Unprocessed), as after a crash between commit and
// MarkProcessed. Outside Fetch, or with cfg.ProcessedFolder set, it is MarkProcessed.
func (s *Session) QueueProcessed(ctx context.Context, uids []uint32) error {
	if !s.fetching.Load() || s.cfg.ProcessedFolder != "" {
		return s.MarkProcessed(ctx, uids)
	}
	if !s.canKeyword {
		return fmt.Errorf("imapin: mark processed: keyword %q: %w", s.cfg.Keyword, ErrKeyword)
	}
	s.markMu.Lock()
	if len(s.queued) == 0 {
		s.queuedSince = time.Now()
	}
	s.queued = append(s.queued, uids...)
	s.markMu.Unlock()
	return nil
}

// Queued marks are sent together: once markEvery UIDs wait, once the oldest has waited
// markDelay, and when Fetch ends. A UID STORE per batch cost Dovecot a write of its index
// log each time: marking the 572 batches of a 10,000-message first import took the fetch
// of the mailbox from 5.3 to 7.3 s and Dovecot's CPU from 3.6 to 5.5 s (issue 7). Marks
// that wait are safe: the database's watermark, not the keyword, says what was processed,
// and a restart marks what was committed but not marked.
const (
	defaultMarkEvery = maxUIDsPerCommand
	defaultMarkDelay = 5 * time.Second
)

// flushQueuedIfDue is flushQueued when enough marks wait or the oldest has waited long
// enough. s.mu must be held.
func (s *Session) flushQueuedIfDue(ctx context.Context) error {
	every, delay := s.markEvery, s.markDelay
	if every <= 0 {
		every = defaultMarkEvery
	}
	if delay <= 0 {
		delay = defaultMarkDelay
	}
	s.markMu.Lock()
	due := len(s.queued) >= every || (len(s.queued) > 0 && time.Since(s.queuedSince) >= delay)
	s.markMu.Unlock()
	if !due {
		return nil
	}
	return s.flushQueued(ctx)
}

// flushQueued sets the keyword on the UIDs QueueProcessed left. s.mu must be held.
func (s *Session) flushQueued(ctx context.Context) error {
	s.markMu.Lock()
	uids := cleanUIDs(s.queued)
	s.queued = s.queued[:0]
	s.markMu.Unlock()
	if len(uids) == 0 {
		return nil
	}
	if err := s.durable(ctx); err != nil {
		s.markMu.Lock()
		s.queued = append(uids, s.queued...) // marked by a later flush, or after a restart
		s.markMu.Unlock()
		return err
	}
	return s.store(ctx, "mark processed", uids, s.cfg.Keyword)
}

// durable runs cfg.Durable before a mark.
func (s *Session) durable(ctx context.Context) error {
	if s.cfg.Durable == nil {
		return nil
	}
	if err := s.cfg.Durable(ctx); err != nil {
		return fmt.Errorf("imapin: mark processed: %w", err)
	}
	return nil
}

// store adds keyword to uids, in chunks. s.mu must be held.
func (s *Session) store(ctx context.Context, op string, uids []uint32, keyword string) error {
	for chunk := range slices.Chunk(uids, maxUIDsPerCommand) {
		err := s.do(ctx, op, func() error {
			return s.client.Store(uidSet(chunk), &imap.StoreFlags{
				Op:     imap.StoreFlagsAdd,
				Silent: true,
				Flags:  []imap.Flag{imap.Flag(keyword)},
			}, nil).Close()
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// cleanUIDs returns uids sorted, without duplicates and without 0.
func cleanUIDs(uids []uint32) []uint32 {
	out := slices.Clone(uids)
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > 0 && out[0] == 0 {
		out = out[1:]
	}
	return out
}
