// Package sqlstore implements workflow.Store with sqlx over SQLite (modernc.org/sqlite, no
// cgo) or PostgreSQL (pgx). The schema is a set of embedded goose migrations per dialect.
package sqlstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"github.com/jmoiron/sqlx"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	_ "modernc.org/sqlite" // registers "sqlite"

	"github.com/spocd/spocd/workflow"
)

//go:embed migrations
var migrations embed.FS

func init() {
	// modernc.org/sqlite registers as "sqlite", a name sqlx does not know.
	sqlx.BindDriver("sqlite", sqlx.QUESTION)
}

// DB is the sqlx-backed store.
type DB struct {
	db      *sqlx.DB
	dialect string // "sqlite" | "postgres"
	tenant  string
	blobs   *blobStore // large raw mails (SQLite); nil keeps every raw mail in its row
	stmts   *stmtCache // prepared statements (SQLite)
	// walPath is the write-ahead log of a SQLite database file ("" in memory), which Sync
	// makes durable; deferred says whether InTxDeferred committed since the last Sync.
	// Shared by the tenants of one pool.
	walPath  string
	deferred *atomic.Bool
	q
}

// Open connects to the database. driver is "sqlite" or "postgres"; for sqlite the DSN is a
// file path. It does not migrate; call Migrate (or use OpenAndMigrate).
func Open(ctx context.Context, driver, dsn string) (*DB, error) {
	var (
		db  *sqlx.DB
		err error
	)
	switch driver {
	case "sqlite":
		if err := initSQLiteFile(dsn); err != nil {
			return nil, fmt.Errorf("open database: %w", err)
		}
		db, err = sqlx.Open("sqlite", sqliteDSN(dsn))
		if err == nil {
			// One writer at a time; readers share the WAL. A single connection avoids
			// SQLITE_BUSY between our own goroutines.
			db.SetMaxOpenConns(1)
		}
	case "postgres":
		db, err = sqlx.Open("pgx", dsn)
		if err == nil {
			db.SetMaxOpenConns(8)
			db.SetConnMaxIdleTime(5 * time.Minute)
		}
	default:
		return nil, fmt.Errorf("open database: unknown driver %q", driver)
	}
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	s := &DB{db: db, dialect: driver, deferred: new(atomic.Bool)}
	if driver == "sqlite" {
		if dir := blobDirFor(dsn); dir != "" {
			s.blobs = &blobStore{dir: dir}
			s.walPath = strings.TrimSuffix(dir, "-blobs") + "-wal"
		}
	}
	if driver == "sqlite" {
		s.stmts = &stmtCache{db: db, m: map[string]*sqlx.Stmt{}, pending: map[string]bool{}}
	}
	s.q = q{ext: db, rebind: db.Rebind, dialect: driver, blobs: s.blobs, stmts: s.stmts}
	return s, nil
}

// sqlitePageSize is the page size of new SQLite databases: SQLite's default of 4 KB. Since
// raw mails of 64 KiB and more live in blob files, rows are small, and larger pages only
// made every changed page cost more: each is written to the WAL at commit and copied to
// the statement journal when a statement in a transaction first changes it. With 16 KB
// pages the intake transaction of 10,000 requests took 7.6 s of CPU, with 4 KB 5.7 s
// (docs/performance.md). Databases created with 16 KB pages keep them.
const sqlitePageSize = 4096

// initSQLiteFile gives a new (absent or empty) database file its page size, which SQLite
// fixes at the first write and cannot change in WAL mode without a VACUUM.
func initSQLiteFile(path string) error {
	if strings.HasPrefix(path, "file:") || path == "" || path == ":memory:" {
		return nil
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, s := range []string{fmt.Sprintf("PRAGMA page_size = %d", sqlitePageSize), "PRAGMA journal_mode = WAL", "PRAGMA user_version = 0"} {
		if _, err := db.Exec(s); err != nil {
			return fmt.Errorf("initialise %s: %w", path, err)
		}
	}
	return nil
}

func sqliteDSN(path string) string {
	if strings.HasPrefix(path, "file:") {
		return path
	}
	v := url.Values{}
	// temp_store(MEMORY): statement journals are written as a transaction's statements
	// first change a page, and never need to survive a crash; a file cost a system call
	// per page.
	for _, p := range []string{"journal_mode(WAL)", "synchronous(FULL)", "busy_timeout(10000)", "foreign_keys(1)", "temp_store(MEMORY)"} {
		v.Add("_pragma", p)
	}
	v.Set("_txlock", "immediate")
	return "file:" + path + "?" + v.Encode()
}

func (s *DB) provider() (*goose.Provider, error) {
	sub, err := fs.Sub(migrations, "migrations/"+s.dialect)
	if err != nil {
		return nil, err
	}
	var opts []goose.ProviderOption
	d := goose.DialectSQLite3
	if s.dialect == "postgres" {
		d = goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, err
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	return goose.NewProvider(d, s.db.DB, sub, opts...)
}

// Migrate applies every pending migration, each in its own transaction.
func (s *DB) Migrate(ctx context.Context) (applied int, err error) {
	p, err := s.provider()
	if err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	res, err := p.Up(ctx)
	if err != nil {
		return len(res), fmt.Errorf("migrate: %w", err)
	}
	return len(res), nil
}

// Pending reports how many migrations are not applied yet.
func (s *DB) Pending(ctx context.Context) (int, error) {
	p, err := s.provider()
	if err != nil {
		return 0, fmt.Errorf("migration status: %w", err)
	}
	st, err := p.Status(ctx)
	if err != nil {
		return 0, fmt.Errorf("migration status: %w", err)
	}
	n := 0
	for _, m := range st {
		if m.State == goose.StatePending {
			n++
		}
	}
	return n, nil
}

// ErrSchema means the database schema is older than this binary expects.
var ErrSchema = errors.New("database schema is not up to date: run 'spocd migrate'")

// CheckSchema refuses to run on an old schema.
func (s *DB) CheckSchema(ctx context.Context) error {
	n, err := s.Pending(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("%w (%d pending)", ErrSchema, n)
	}
	return nil
}

// SQL gives direct access to the pool, for tools and tests that inspect or (in tests)
// tamper with rows.
func (s *DB) SQL() *sqlx.DB { return s.db }

// Tenant returns the store seen by one tenant (one SPOC mailbox) of a shared database: the
// same pool, with every query scoped to the tenant. "" is the single-mailbox installation.
func (s *DB) Tenant(name string) *DB {
	c := *s
	c.tenant = name
	c.q = q{ext: s.db, rebind: s.db.Rebind, dialect: s.dialect, tenant: name, blobs: s.blobs, stmts: s.stmts}
	return &c
}

// TenantName is the tenant this store is scoped to.
func (s *DB) TenantName() string { return s.tenant }

// Dialect is "sqlite" or "postgres".
func (s *DB) Dialect() string { return s.dialect }

// Close closes the pool.
func (s *DB) Close() error {
	if s.blobs != nil {
		s.blobs.close()
	}
	return s.db.Close()
}

// InTx runs fn in one transaction and commits when it returns nil.
func (s *DB) InTx(ctx context.Context, fn func(tx workflow.Tx) error) error {
	defer s.stmts.flush(ctx)
	return s.runTx(ctx, s.db.BeginTxx, fn)
}

// InTxDeferred is InTx whose commit does not wait for the disk: on SQLite the transaction
// commits with synchronous = NORMAL, so a crash (of the machine, not of the process) may
// lose it, whole and never in part. It becomes durable with the next transaction that
// commits through InTx, or with Sync. Use it only for work that is done again when it is
// lost, and call Sync before anything outside the database relies on it (the intake marks
// its messages processed on the IMAP server only after Sync). On PostgreSQL it is InTx.
//
// The intake commits a transaction per fetched batch, and the sync of each commit (one
// journal commit of the file system) was the largest part of the time the intake's
// transactions took on a 10,000-message first import (issue 7).
func (s *DB) InTxDeferred(ctx context.Context, fn func(tx workflow.Tx) error) error {
	if s.dialect != "sqlite" || s.walPath == "" {
		return s.InTx(ctx, fn)
	}
	defer s.stmts.flush(ctx) // after the connection is back in the pool
	conn, err := s.db.Connx(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous = NORMAL"); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	err = s.runTx(ctx, conn.BeginTxx, fn)
	if err == nil {
		s.deferred.Store(true)
	}
	// The connection goes back to the pool as it came: every other transaction commits
	// durably. One that cannot be reset is closed instead.
	if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA synchronous = FULL"); rerr != nil {
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	}
	return err
}

// Sync makes the transactions committed through InTxDeferred so far durable (SQLite: an
// fsync of the write-ahead log, which holds them). It does nothing when there are none.
func (s *DB) Sync(ctx context.Context) error {
	if !s.deferred.Swap(false) {
		return nil
	}
	if err := syncPath(s.walPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
		// (No log file: a checkpoint moved everything into the database file and synced it.)
		s.deferred.Store(true)
		return fmt.Errorf("sync database: %w", err)
	}
	return nil
}

func (s *DB) runTx(ctx context.Context, begin func(context.Context, *sql.TxOptions) (*sqlx.Tx, error), fn func(tx workflow.Tx) error) error {
	tx, err := begin(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	t := &q{ext: tx, rebind: tx.Rebind, dialect: s.dialect, tenant: s.tenant, blobs: s.blobs, stmts: s.stmts, head: &chainHead{}}
	err = fn(t)
	if err == nil && t.head.dirty {
		err = t.writeHead(ctx, t.head.hash)
	}
	if err == nil && s.blobs != nil {
		err = s.blobs.sync() // the blobs this transaction refers to, before it commits
	}
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// ClaimOutbox takes up to limit due rows and leases them for lease. On PostgreSQL the rows
// are locked with FOR UPDATE SKIP LOCKED, so several instances never claim the same row.
func (s *DB) ClaimOutbox(ctx context.Context, now time.Time, limit int, lease time.Duration) ([]workflow.OutboxMail, error) {
	var out []workflow.OutboxMail
	err := s.InTx(ctx, func(t workflow.Tx) error {
		tx := t.(*q)
		query := `SELECT id FROM outbox WHERE tenant = ? AND status = 'pending' AND next_attempt_at <= ? AND claimed_until <= ? ORDER BY next_attempt_at, id LIMIT ?`
		if s.dialect == "postgres" {
			query += ` FOR UPDATE SKIP LOCKED`
		}
		var ids []int64
		if err := sqlx.SelectContext(ctx, tx.ext, &ids, tx.rebind(query), s.tenant, ms(now), ms(now), limit); err != nil {
			return fmt.Errorf("claim outbox: %w", err)
		}
		for _, id := range ids {
			if _, err := tx.ext.ExecContext(ctx, tx.rebind(`UPDATE outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ?`), ms(now.Add(lease)), id); err != nil {
				return fmt.Errorf("claim outbox: %w", err)
			}
			m, err := tx.outboxByID(ctx, id)
			if err != nil {
				return err
			}
			out = append(out, *m)
		}
		return nil
	})
	return out, err
}

// OutboxStillClaimed reports whether m's claim still holds.
func (s *DB) OutboxStillClaimed(ctx context.Context, m workflow.OutboxMail) (bool, error) {
	var n int
	if err := s.db.GetContext(ctx, &n, s.db.Rebind(`SELECT COUNT(*) FROM outbox WHERE id = ? AND status = 'pending' AND claimed_until = ?`), m.ID, ms(m.ClaimedUntil)); err != nil {
		return false, fmt.Errorf("outbox claim: %w", err)
	}
	return n == 1, nil
}

// OutboxSent marks a row delivered.
func (s *DB) OutboxSent(ctx context.Context, id int64, now time.Time) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE outbox SET status = 'sent', sent_at = ?, claimed_until = 0, last_error = '' WHERE id = ?`), ms(now), id)
	if err != nil {
		return fmt.Errorf("outbox sent: %w", err)
	}
	return nil
}

// OutboxRetry releases a row for another attempt at next.
func (s *DB) OutboxRetry(ctx context.Context, id int64, next time.Time, errText string, unknown bool) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE outbox SET next_attempt_at = ?, claimed_until = 0, last_error = ?, unknown_outcome = CASE WHEN ? = 1 THEN 1 ELSE unknown_outcome END WHERE id = ?`),
		ms(next), errText, b2i(unknown), id)
	if err != nil {
		return fmt.Errorf("outbox retry: %w", err)
	}
	return nil
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v int64) time.Time { return time.UnixMilli(v).UTC() }

func fromNullMS(v sql.NullInt64) *time.Time {
	if !v.Valid {
		return nil
	}
	t := fromMS(v.Int64)
	return &t
}

func nullMS(t *time.Time) sql.NullInt64 {
	if t == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: ms(*t), Valid: true}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
