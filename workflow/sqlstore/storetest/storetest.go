// Package storetest opens real stores for tests: SQLite in a temporary file, and PostgreSQL
// in a fresh schema when SPOCD_TEST_POSTGRES_DSN is set.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spocd/spocd/workflow/sqlstore"
)

// Each runs fn against SQLite, and against PostgreSQL when SPOCD_TEST_POSTGRES_DSN is set
// (failing, not skipping, when that server is missing).
func Each(t *testing.T, fn func(t *testing.T, s *sqlstore.DB)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	if os.Getenv("SPOCD_TEST_POSTGRES_DSN") == "" {
		t.Log("SPOCD_TEST_POSTGRES_DSN not set: PostgreSQL not tested")
		return
	}
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// PostgresDSN creates a fresh, empty schema in the database named by
// SPOCD_TEST_POSTGRES_DSN (dropped when the test ends) and returns a DSN that uses it. The
// test is skipped when the variable is unset.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("SPOCD_TEST_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("SPOCD_TEST_POSTGRES_DSN not set: PostgreSQL not tested")
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "spocd_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("postgres at SPOCD_TEST_POSTGRES_DSN is not usable: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", dsn)
		if err == nil {
			db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "search_path=" + schema
}

// Postgres returns a migrated store in a fresh schema of the database named by
// SPOCD_TEST_POSTGRES_DSN, dropped when the test ends.
func Postgres(t testing.TB) *sqlstore.DB {
	t.Helper()
	ctx := context.Background()
	s, err := sqlstore.Open(ctx, "postgres", PostgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

// SQLite returns a migrated store in a temporary file.
func SQLite(t testing.TB) *sqlstore.DB {
	t.Helper()
	return SQLiteAt(t, filepath.Join(t.TempDir(), "spocd.db"))
}

// SQLiteAt returns a migrated store in the file path (its blobs go to path + "-blobs").
func SQLiteAt(t testing.TB, path string) *sqlstore.DB {
	t.Helper()
	s, err := sqlstore.Open(context.Background(), "sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}
