package imapin

import (
	"context"
	"time"
)

// InternalDates returns when the server received each of uids (for reconciliation: which
// unprocessed messages have waited longer than they should). UIDs the server no longer has
// are left out.
func (s *Session) InternalDates(ctx context.Context, uids []uint32) (map[uint32]time.Time, error) {
	out := make(map[uint32]time.Time, len(uids))
	for len(uids) > 0 {
		n := min(len(uids), 1000)
		metas, err := s.fetchMeta(ctx, "internal dates", uids[:n])
		if err != nil {
			return nil, err
		}
		for _, m := range metas {
			out[m.uid] = m.date
		}
		uids = uids[n:]
	}
	return out, nil
}
