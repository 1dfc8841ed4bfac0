package imapin_test

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/spocd/spocd/mail/imapin"
)

// watermark stands for the caller's database: the last committed UID per
// UIDVALIDITY.
type watermark struct{ validity, uid uint32 }

// Example shows the intake loop a daemon runs: fetch after the watermark,
// commit each batch, mark it on the server only after the commit, then wait
// for new mail; reconnect with Backoff when the session breaks.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := imapin.Config{
		Addr:     "imap.example.org:993",
		TLS:      imapin.TLSImplicit,
		Username: "spoc@example.org",
		Password: "from password_file",
		Idle:     true,
	}
	var wm watermark
	for attempt := 0; ctx.Err() == nil; attempt++ {
		s, err := imapin.Dial(ctx, cfg)
		if err != nil {
			if errors.Is(err, imapin.ErrAuth) || errors.Is(err, imapin.ErrConfig) {
				log.Printf("intake: %v (fix the configuration)", err)
			}
			select {
			case <-ctx.Done():
			case <-time.After(imapin.Backoff(attempt)):
			}
			continue
		}
		attempt = 0
		err = intake(ctx, s, &wm)
		s.Close()
		log.Printf("intake: %v; reconnecting", err)
	}
}

func intake(ctx context.Context, s *imapin.Session, wm *watermark) error {
	if st := s.State(); st.UIDValidity != wm.validity {
		// The mailbox was recreated: UIDs start over. Messages already
		// processed carry the keyword (Fetched.Processed) and are skipped.
		*wm = watermark{validity: st.UIDValidity}
	}
	for {
		err := s.Fetch(ctx, wm.uid, func(batch []imapin.Fetched) error {
			uids := make([]uint32, 0, len(batch))
			for _, m := range batch {
				// parse m.Raw and commit its effects in one transaction,
				// together with the new watermark ...
				uids = append(uids, m.UID)
			}
			wm.uid = batch[len(batch)-1].UID
			return s.MarkProcessed(ctx, uids)
		})
		if err != nil {
			return err
		}
		if _, err := s.Wait(ctx, 5*time.Minute); err != nil {
			return err
		}
	}
}
