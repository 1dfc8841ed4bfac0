package sqlstore

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spocd/spocd/workflow"
)

// blobThreshold is the size from which a SQLite store keeps a raw mail (an inbound
// original or an outbox mail) in a file of its blob directory instead of in the row. Large
// rows are what made SQLite slow and memory-hungry on mailboxes with attachments: every
// 4 KB overflow page of a 5 MB attachment went through the WAL and back at the checkpoint,
// and SQLite copied the whole row into its own memory on insert and on read
// (docs/performance.md). Smaller mail stays in the row.
const blobThreshold = 64 << 10

// blobStore keeps raw mails as content-addressed files: the name is the SHA-256 of the
// contents, so a file is written once, never changed, and checked when it is read.
//
// A file is written and renamed into place without a sync of its own: every transaction
// that refers to blobs calls sync before it commits, which makes everything written since
// the last sync durable at once (one syncfs on Linux). Two fsyncs per blob (the file and
// its directory) were most of what storing a large mail cost a first import (issue 7).
// A file staged ahead of its transaction (StageRaw, on a goroutine of the intake's
// prepare stage) is synced right there, so the transaction finds it durable and does not
// wait for the disk itself.
type blobStore struct {
	dir  string
	made sync.Map // prefix directories known to exist

	mu       sync.Mutex
	unsynced map[string]struct{} // blob files written (or found) since the last sync
	synced   map[string]struct{} // files made durable lately: found again, they need no sync
	syncMu   sync.Mutex
	fsDir    *os.File // open on dir for syncfs: reports write-back errors since it was opened
}

// blobDirFor is the blob directory of a SQLite database file: next to it, like its -wal
// and -shm files ("spocd.db" keeps its blobs in "spocd.db-blobs"). Back both up together.
func blobDirFor(dsn string) string {
	path := dsn
	if strings.HasPrefix(path, "file:") {
		path = strings.TrimPrefix(path, "file:")
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
	}
	if path == "" || path == ":memory:" || strings.HasPrefix(path, ":memory:") {
		return ""
	}
	return path + "-blobs"
}

func (b *blobStore) path(name string) string {
	return filepath.Join(b.dir, name[:2], name)
}

// put stores raw (written, renamed into place; durable at the next sync) and returns its
// name. Writing the same contents again finds the file and does not write it again.
// A blob whose transaction rolls back stays behind unused: harmless, and written again
// identically when the mail is processed again.
func (b *blobStore) put(raw []byte, knownSHA string) (string, error) {
	name := knownSHA
	if !validBlobName(name) {
		sum := sha256.Sum256(raw)
		name = hex.EncodeToString(sum[:])
	}
	p := b.path(name)
	if fi, err := os.Stat(p); err == nil && fi.Size() == int64(len(raw)) {
		if !b.isSynced(p) {
			b.written(p) // maybe by a process that stopped before its sync
		}
		return name, nil
	}
	dir := filepath.Dir(p)
	if _, ok := b.made.Load(dir); !ok {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return "", fmt.Errorf("blob directory: %w", err)
		}
		b.made.Store(dir, true)
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if errors.Is(err, fs.ErrNotExist) { // removed behind our back
		b.made.Delete(dir)
		if err = os.MkdirAll(dir, 0o700); err == nil {
			f, err = os.CreateTemp(dir, ".tmp-*")
		}
	}
	if err != nil {
		return "", fmt.Errorf("blob: %w", err)
	}
	tmp := f.Name()
	werr := writeBlobFile(f, raw)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp, p)
	}
	if werr != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("blob %s: %w", name, werr)
	}
	b.written(p)
	return name, nil
}

func (b *blobStore) written(paths ...string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.unsynced == nil {
		b.unsynced = map[string]struct{}{}
	}
	for _, p := range paths {
		b.unsynced[p] = struct{}{}
	}
}

// maxSyncedKept bounds the memory of files synced lately: a file found again after that
// is synced once more, which is harmless.
const maxSyncedKept = 4096

func (b *blobStore) isSynced(path string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	_, ok := b.synced[path]
	return ok
}

// sync makes every blob put so far durable, with its directory entry. It returns only
// once that holds, also for blobs that a sync running concurrently took on. After an
// error the blobs stay pending for the next sync.
func (b *blobStore) sync() error {
	b.syncMu.Lock()
	defer b.syncMu.Unlock()
	b.mu.Lock()
	pending := b.unsynced
	b.unsynced = nil
	b.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	paths := make([]string, 0, len(pending))
	for p := range pending {
		paths = append(paths, p)
	}
	if err := b.syncAll(paths); err != nil {
		b.written(paths...) // pending for the next sync
		return fmt.Errorf("blob sync: %w", err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.synced == nil || len(b.synced)+len(paths) > maxSyncedKept {
		b.synced = make(map[string]struct{}, len(paths))
	}
	for _, p := range paths {
		b.synced[p] = struct{}{}
	}
	return nil
}

func (b *blobStore) syncAll(paths []string) error {
	if b.fsDir == nil {
		if d, err := os.Open(b.dir); err == nil {
			b.fsDir = d
		}
	}
	if b.fsDir != nil {
		if ok, err := syncFS(b.fsDir); ok || err != nil {
			return err
		}
	}
	// No syncfs: each file and each directory once.
	dirs := map[string]bool{}
	for _, p := range paths {
		if err := syncPath(p); err != nil {
			return err
		}
		dirs[filepath.Dir(p)] = true
	}
	for d := range dirs {
		if err := syncPath(d); err != nil {
			return err
		}
	}
	return nil
}

// close releases the directory kept open for syncfs; a later sync opens it again.
func (b *blobStore) close() {
	b.syncMu.Lock()
	defer b.syncMu.Unlock()
	if b.fsDir != nil {
		b.fsDir.Close()
		b.fsDir = nil
	}
}

func syncPath(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// get reads a blob back and checks it against its name.
func (b *blobStore) get(name string) ([]byte, error) {
	if !validBlobName(name) {
		return nil, fmt.Errorf("blob %q: bad name", name)
	}
	raw, err := os.ReadFile(b.path(name))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("blob %s is missing from %s: %w", name, b.dir, workflow.ErrRawDamaged)
		}
		return nil, fmt.Errorf("blob %s: %w", name, err)
	}
	sum := sha256.Sum256(raw)
	if !bytes.Equal([]byte(hex.EncodeToString(sum[:])), []byte(name)) {
		return nil, fmt.Errorf("blob %s in %s does not match its hash: %w", name, b.dir, workflow.ErrRawDamaged)
	}
	return raw, nil
}

func validBlobName(name string) bool {
	return len(name) == 64 && strings.Trim(name, "0123456789abcdef") == ""
}

// StagesRaw reports whether StageRaw writes a raw mail of size bytes (a blob file).
func (s *DB) StagesRaw(size int) bool {
	return s.blobs != nil && size >= blobThreshold
}

// StageRaw writes a raw inbound mail that this store keeps in a blob file ahead of the
// transaction that records it (sha is its SHA-256 in hex, as recorded), and makes it
// durable. The intake calls it on a goroutine of its own while the mail is parsed, so the
// write and the sync overlap with parsing and with the previous batch's transaction;
// recording the message later finds the file in place and synced. A staged file whose
// message is never recorded is harmless.
func (s *DB) StageRaw(raw []byte, sha string) error {
	if !s.StagesRaw(len(raw)) {
		return nil
	}
	if _, err := s.blobs.put(raw, sha); err != nil {
		return err
	}
	// Durable now, off the transaction's path: recording the message finds it synced.
	return s.blobs.sync()
}

// storeRaw returns what goes into the row for raw (knownSHA: its SHA-256 in hex when the
// caller has it, else ""): the bytes themselves, or (large raw mail
// in a store with a blob directory) nil and the blob name.
func (t *q) storeRaw(raw []byte, knownSHA string) ([]byte, string, error) {
	if t.blobs == nil || len(raw) < blobThreshold {
		return raw, "", nil
	}
	name, err := t.blobs.put(raw, knownSHA)
	if err != nil {
		return nil, "", err
	}
	if t.head == nil {
		// Not in a transaction (InTx syncs before it commits): the row is written at once.
		if err := t.blobs.sync(); err != nil {
			return nil, "", err
		}
	}
	return nil, name, nil
}

// loadRaw is the inverse of storeRaw.
func (t *q) loadRaw(raw []byte, blob string) ([]byte, error) {
	if blob == "" {
		return raw, nil
	}
	if t.blobs == nil {
		return nil, fmt.Errorf("row refers to blob %s, but this store has no blob directory", blob)
	}
	return t.blobs.get(blob)
}
