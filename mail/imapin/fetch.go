package imapin

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Fetch streams every message with UID > afterUID in the selected mailbox,
// in UID order, in batches of at most cfg.BatchSize messages (and at most
// 4 MiB of message bytes); it calls fn once per batch, from the calling
// goroutine, while the next batch is being fetched. fn may call
// MarkProcessed (it waits for that fetch) or QueueProcessed (it does not).
// An error from fn stops Fetch and is returned wrapped.
//
// The batch and its Raw bytes belong to Fetch and are reused once fn returns:
// fn must copy what it keeps.
//
// The caller compares State().UIDValidity with the UIDVALIDITY its
// watermark belongs to before trusting afterUID.
func (s *Session) Fetch(ctx context.Context, afterUID uint32, fn func(batch []Fetched) error) error {
	if afterUID == ^uint32(0) {
		return nil
	}
	criteria := &imap.SearchCriteria{UID: []imap.UIDSet{{{Start: imap.UID(afterUID + 1), Stop: 0}}}}
	s.mu.Lock()
	uids, err := s.searchUIDs(ctx, "fetch: search new", criteria, afterUID+1, ^uint32(0))
	s.mu.Unlock()
	if err != nil {
		return err
	}
	return s.fetchUIDs(ctx, "fetch", uids, fn)
}

// FetchUIDs fetches the given UIDs (in UID order, duplicates removed) with
// the same batching and streaming as Fetch. UIDs that no longer exist are
// skipped.
func (s *Session) FetchUIDs(ctx context.Context, uids []uint32, fn func(batch []Fetched) error) error {
	sorted := slices.Clone(uids)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	if len(sorted) > 0 && sorted[0] == 0 {
		sorted = sorted[1:] // UID 0 does not exist
	}
	return s.fetchUIDs(ctx, "fetch uids", sorted, fn)
}

// Unprocessed returns the UIDs (<= uptoUID; 0 means all) that lack
// cfg.Keyword, in ascending order (UID SEARCH UNKEYWORD).
func (s *Session) Unprocessed(ctx context.Context, uptoUID uint32) ([]uint32, error) {
	criteria := &imap.SearchCriteria{NotFlag: []imap.Flag{imap.Flag(s.cfg.Keyword)}}
	hi := ^uint32(0)
	if uptoUID > 0 {
		criteria.UID = []imap.UIDSet{{{Start: 1, Stop: imap.UID(uptoUID)}}}
		hi = uptoUID
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.searchUIDs(ctx, "unprocessed: search", criteria, 1, hi)
}

// searchUIDs runs UID SEARCH and returns the matching UIDs within [lo, hi]
// in ascending order. The bounds also guard against the `UID n:*` trap: with
// n above the highest UID, the server matches the highest message.
func (s *Session) searchUIDs(ctx context.Context, op string, criteria *imap.SearchCriteria, lo, hi uint32) ([]uint32, error) {
	var uids []uint32
	err := s.do(ctx, op, func() error {
		data, err := s.client.UIDSearch(criteria, nil).Wait()
		if err != nil {
			return err
		}
		set, _ := data.All.(imap.UIDSet)
		uids, err = expandUIDs(set, lo, hi, maxSearchUIDs)
		return err
	})
	if err != nil {
		return nil, err
	}
	return uids, nil
}

// expandUIDs lists the UIDs of set within [lo, hi], ascending and without
// duplicates. A set from the server may be hostile: ranges are clamped, "*"
// (Stop 0) is bounded by hi, and more than limit UIDs is an error.
func expandUIDs(set imap.UIDSet, lo, hi uint32, limit int) ([]uint32, error) {
	var out []uint32
	for _, r := range set {
		start, stop := uint32(r.Start), uint32(r.Stop)
		if start == 0 {
			start = hi // "*" as range start
		}
		if stop == 0 {
			stop = hi
		}
		if start > stop {
			start, stop = stop, start
		}
		start, stop = max(start, lo), min(stop, hi)
		if start == 0 {
			start = 1
		}
		for u := start; u <= stop && start <= stop; u++ {
			if len(out) >= limit {
				return nil, fmt.Errorf("search answer lists more than %d UIDs", limit)
			}
			out = append(out, u)
			if u == ^uint32(0) {
				break
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// meta is what the first pass learns about a message.
type meta struct {
	uid       uint32
	size      int64
	date      time.Time
	processed bool
}

// fetchUIDs fetches sorted, unique UIDs in batches and calls fn per batch.
// Three stages run at once: one goroutine fetches, a second runs cfg.Prepare on
// the batch fetched before, and fn works on the batch before that (so intake
// runs at the speed of the slowest stage, not of all three added up); at most
// three batches are held at a time. fn may still use the session: commands are
// serialised by s.mu.
func (s *Session) fetchUIDs(ctx context.Context, op string, uids []uint32, fn func(batch []Fetched) error) error {
	s.fetching.Store(true)
	err := s.fetchPipeline(ctx, op, uids, fn)
	s.fetching.Store(false)
	s.slabs.drain() // a daemon between polls keeps no batch buffers
	// What the handler queued has been committed: mark it, even after an error.
	s.mu.Lock()
	ferr := s.flushQueued(ctx)
	s.mu.Unlock()
	if err == nil && ferr != nil {
		err = fmt.Errorf("imapin: %s: %w", op, ferr)
	}
	return err
}

func (s *Session) fetchPipeline(ctx context.Context, op string, uids []uint32, fn func(batch []Fetched) error) error {
	type result struct {
		batch []Fetched
		slab  *slab // holds the batch's bodies; back to s.slabs once fn is done
		err   error
	}
	fetched := make(chan result) // unbuffered: one batch ahead of Prepare, no more
	results := make(chan result) // unbuffered: one batch ahead of fn, no more
	stop := make(chan struct{})
	deliver := func(ch chan<- result, r result) bool {
		select {
		case ch <- r:
			return r.err == nil
		case <-stop:
			return false
		}
	}
	// Busy time per stage, logged at the end (debug): which stage bounds the intake.
	var fetchBusy, prepBusy, handleBusy time.Duration
	start := time.Now()
	defer func() {
		s.log.Debug("intake stages", slog.Duration("wall", time.Since(start)), slog.Duration("fetch_busy", fetchBusy),
			slog.Duration("prepare_busy", prepBusy), slog.Duration("handle_busy", handleBusy))
	}()
	go func() {
		defer close(fetched)
		for len(uids) > 0 {
			n := min(len(uids), s.cfg.BatchSize)
			chunk := uids[:n]
			uids = uids[n:]

			s.mu.Lock()
			err := s.flushQueuedIfDue(ctx)
			var metas []meta
			if err == nil {
				metas, err = s.fetchMeta(ctx, op, chunk)
			}
			s.mu.Unlock()
			if err != nil {
				deliver(fetched, result{err: err})
				return
			}
			for len(metas) > 0 {
				select {
				case <-stop:
					return
				default:
				}
				k := cutBatch(metas, s.cfg.MaxMessageBytes)
				part := metas[:k]
				metas = metas[k:]

				t0 := time.Now()
				sl := s.slabs.get(batchBytes(part, s.cfg.MaxMessageBytes))
				s.mu.Lock()
				err := s.flushQueuedIfDue(ctx)
				var batch []Fetched
				if err == nil {
					batch, err = s.fetchBodies(ctx, op, part, sl)
				}
				s.mu.Unlock()
				fetchBusy += time.Since(t0)
				if err != nil {
					deliver(fetched, result{err: err})
					return
				}
				if len(batch) == 0 {
					s.slabs.put(sl)
					continue // expunged meanwhile
				}
				s.noteUIDs(batch[len(batch)-1].UID)
				if !deliver(fetched, result{batch: batch, slab: sl}) {
					return
				}
			}
		}
	}()
	go func() {
		defer close(results)
		for r := range fetched {
			if r.err == nil && s.cfg.Prepare != nil {
				t0 := time.Now()
				s.prepare(r.batch)
				prepBusy += time.Since(t0)
			}
			if !deliver(results, r) {
				break
			}
		}
		for range fetched { // let the fetcher see stop and end
		}
	}()
	defer func() {
		// Let a fetch in flight finish, so that no command outlives Fetch.
		close(stop)
		for range results {
		}
	}()
	for r := range results {
		if r.err != nil {
			return r.err
		}
		batch := r.batch
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("imapin: %s: %w", op, err)
		}
		s.log.Debug("imap batch fetched", slog.Int("messages", len(batch)),
			slog.Uint64("first_uid", uint64(batch[0].UID)), slog.Uint64("last_uid", uint64(batch[len(batch)-1].UID)))
		t0 := time.Now()
		err := fn(batch)
		handleBusy += time.Since(t0)
		clear(batch) // nothing of the batch outlives its slab
		s.slabs.put(r.slab)
		if err != nil {
			return fmt.Errorf("imapin: %s: batch handler: %w", op, err)
		}
	}
	return nil
}

// prepare runs cfg.Prepare on every message of batch, on as many goroutines as there
// are CPUs (at most 4): parsing and hashing is the costliest stage of intake.
func (s *Session) prepare(batch []Fetched) {
	workers := min(runtime.GOMAXPROCS(0), 4, len(batch))
	if workers <= 1 {
		for i := range batch {
			s.cfg.Prepare(&batch[i])
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(batch) {
					return
				}
				s.cfg.Prepare(&batch[i])
			}
		})
	}
	wg.Wait()
}

// cutBatch returns how many of metas fit in one batch: at most
// maxBatchBytes of (capped) message bytes, and always at least one message.
func cutBatch(metas []meta, maxMessageBytes int64) int {
	var budget int64
	k := 0
	for k < len(metas) {
		b := min(metas[k].size, maxMessageBytes)
		if k > 0 && budget+b > maxBatchBytes {
			break
		}
		budget += b
		k++
	}
	return k
}

// batchBytes is what the bodies of metas take, as their sizes are reported.
func batchBytes(metas []meta, maxMessageBytes int64) int64 {
	var n int64
	for _, m := range metas {
		n += max(min(m.size, maxMessageBytes), 0)
	}
	return n
}

// noteUIDs keeps State().UIDNext above the highest UID seen.
func (s *Session) noteUIDs(maxUID uint32) {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	if maxUID != ^uint32(0) && s.state.UIDNext <= maxUID {
		s.state.UIDNext = maxUID + 1
	}
}

func uidSet(uids []uint32) imap.UIDSet {
	var set imap.UIDSet
	for _, u := range uids {
		set.AddNum(imap.UID(u))
	}
	return set
}

// fetchMeta fetches UID, FLAGS, INTERNALDATE and RFC822.SIZE of uids and
// returns what the server answered, in UID order.
func (s *Session) fetchMeta(ctx context.Context, op string, uids []uint32) ([]meta, error) {
	want := make(map[uint32]bool, len(uids))
	for _, u := range uids {
		want[u] = true
	}
	var metas []meta
	err := s.do(ctx, op+": fetch sizes", func() error {
		cmd := s.client.Fetch(uidSet(uids), &imap.FetchOptions{
			UID: true, Flags: true, InternalDate: true, RFC822Size: true,
		})
		defer cmd.Close()
		for {
			msg := cmd.Next()
			if msg == nil {
				break
			}
			var m meta
			for {
				item := msg.Next()
				if item == nil {
					break
				}
				switch item := item.(type) {
				case imapclient.FetchItemDataUID:
					m.uid = uint32(item.UID)
				case imapclient.FetchItemDataFlags:
					m.processed = hasFlag(item.Flags, s.cfg.Keyword)
				case imapclient.FetchItemDataInternalDate:
					m.date = item.Time
				case imapclient.FetchItemDataRFC822Size:
					m.size = max(item.Size, 0)
				}
			}
			if want[m.uid] {
				delete(want, m.uid) // a server repeating a message counts once
				metas = append(metas, m)
			}
		}
		return cmd.Close()
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(metas, func(a, b meta) int { return cmp.Compare(a.uid, b.uid) })
	return metas, nil
}

// fetchBodies fetches BODY.PEEK[]<0.MaxMessageBytes> of the messages in
// metas, streaming each literal into a buffer of its size taken from sl.
func (s *Session) fetchBodies(ctx context.Context, op string, metas []meta, sl *slab) ([]Fetched, error) {
	byUID := make(map[uint32]meta, len(metas))
	uids := make([]uint32, 0, len(metas))
	for _, m := range metas {
		byUID[m.uid] = m
		uids = append(uids, m.uid)
	}
	limit := s.cfg.MaxMessageBytes
	validity := s.State().UIDValidity
	var out []Fetched
	err := s.do(ctx, op+": fetch bodies", func() error {
		cmd := s.client.Fetch(uidSet(uids), &imap.FetchOptions{
			UID: true,
			BodySection: []*imap.FetchItemBodySection{{
				Peek:    true,
				Partial: &imap.SectionPartial{Offset: 0, Size: limit},
			}},
		})
		defer cmd.Close()
		var firstErr error
		for {
			msg := cmd.Next()
			if msg == nil {
				break
			}
			var (
				uid       uint32
				raw       []byte
				gotBody   bool
				truncated bool
			)
			for {
				item := msg.Next()
				if item == nil {
					break
				}
				switch item := item.(type) {
				case imapclient.FetchItemDataUID:
					uid = uint32(item.UID)
				case imapclient.FetchItemDataBodySection:
					if gotBody || item.Literal == nil {
						continue
					}
					gotBody = true
					b, trunc, err := readLiteral(item.Literal, limit, sl)
					if err != nil && firstErr == nil {
						firstErr = fmt.Errorf("read body of uid %d: %w", uid, err)
					}
					raw, truncated = b, trunc
				}
			}
			m, ok := byUID[uid]
			if !ok || !gotBody {
				continue
			}
			delete(byUID, uid)
			// Servers that misreport RFC822.SIZE (Exchange does) get the
			// benefit of the doubt: a body shorter than the limit is whole.
			truncated = truncated || (int64(len(raw)) >= limit && m.size > limit)
			out = append(out, Fetched{
				UID:          uid,
				UIDValidity:  validity,
				InternalDate: m.date,
				Size:         m.size,
				Raw:          raw,
				Truncated:    truncated,
				Processed:    m.processed,
			})
		}
		if err := cmd.Close(); err != nil {
			return err
		}
		return firstErr
	})
	if err != nil {
		return nil, err
	}
	if len(byUID) > 0 {
		// Expunged since the first pass, or a server that sends the UID
		// after the body (the client cannot match those): either way the
		// message lacks the keyword, so Unprocessed finds it again.
		missing := make([]uint32, 0, len(byUID))
		for u := range byUID {
			missing = append(missing, u)
		}
		slices.Sort(missing)
		s.log.Warn("imap messages listed but not fetched", slog.Any("uids", missing))
	}
	slices.SortFunc(out, func(a, b Fetched) int { return cmp.Compare(a.UID, b.UID) })
	return out, nil
}

// readLiteral reads at most limit bytes of lit into a buffer sized once, from sl; it
// reports whether the literal was longer. The rest is discarded by the client.
func readLiteral(lit imap.LiteralReader, limit int64, sl *slab) ([]byte, bool, error) {
	size := lit.Size()
	if size < 0 {
		size = 0
	}
	n := min(size, limit)
	buf := sl.alloc(int(n))
	read, err := io.ReadFull(lit, buf)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return buf[:read], false, fmt.Errorf("literal ended after %d of %d bytes: %w", read, n, err)
		}
		return buf[:read], false, err
	}
	return buf, size > limit, nil
}

func hasFlag(flags []imap.Flag, keyword string) bool {
	for _, f := range flags {
		if strings.EqualFold(string(f), keyword) {
			return true
		}
	}
	return false
}
