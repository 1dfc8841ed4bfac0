package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

func TestMigrateDBSQLiteToPostgres(t *testing.T) {
	pg := storetest.PostgresDSN(t)
	out := t.TempDir()
	if code, stdout, errs := runApp(t, nil, "demo", "--out", out); code != exitOK {
		t.Fatalf("demo = %d: %s %s", code, stdout, errs)
	}
	sqliteCfg := filepath.Join(out, "spocd-demo.toml")
	before := map[string]string{}
	snapshot := func(cfg string, into map[string]string) {
		t.Helper()
		for _, args := range [][]string{{"list", "--json"}, {"show", "SPOC-0001", "--json"}, {"show", "SPOC-0002", "--json"}} {
			code, stdout, errs := runApp(t, nil, append([]string{"--config", cfg}, args...)...)
			if code != exitOK {
				t.Fatalf("%v = %d: %s", args, code, errs)
			}
			into[strings.Join(args, " ")] = stdout
		}
	}
	snapshot(sqliteCfg, before)

	dbPath := filepath.Join(out, "spocd-demo.db")
	code, stdout, errs := runApp(t, nil, "migrate-db", "--from", "sqlite:"+dbPath, "--to", pg)
	if code != exitOK {
		t.Fatalf("migrate-db = %d: %s %s", code, stdout, errs)
	}
	for _, table := range []string{"requests", "events", "outbox", "messages", "approvals"} {
		if !strings.Contains(stdout, table) {
			t.Errorf("migrate-db output does not mention %s:\n%s", table, stdout)
		}
	}
	// The same config, now on PostgreSQL.
	b, err := os.ReadFile(sqliteCfg)
	if err != nil {
		t.Fatal(err)
	}
	pgCfg := filepath.Join(out, "pg.toml")
	txt := strings.Replace(string(b), "[database]\n", "[database]\ndriver = \"postgres\"\n", 1)
	txt = strings.Replace(txt, "dsn = \""+dbPath+"\"", "dsn = \""+pg+"\"", 1)
	os.WriteFile(pgCfg, []byte(txt), 0o600)
	after := map[string]string{}
	snapshot(pgCfg, after)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s differs after migrate-db:\nbefore:\n%s\nafter:\n%s", k, v, after[k])
		}
	}
	if code, _, errs := runApp(t, nil, "--config", pgCfg, "audit", "verify"); code != exitOK {
		t.Errorf("audit verify on the copy = %d: %s", code, errs)
	}
	// Copying again into a database that holds requests is refused.
	if code, _, errs := runApp(t, nil, "migrate-db", "--from", "sqlite:"+dbPath, "--to", pg); code != exitFailure || !strings.Contains(errs, "already holds") {
		t.Errorf("second migrate-db = %d: %s", code, errs)
	}
}
