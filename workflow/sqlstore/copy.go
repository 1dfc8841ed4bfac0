package sqlstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// CopyStats counts what Copy moved, per table.
type CopyStats map[string]int

// tables lists the tables of the schema in an order that satisfies foreign keys.
func (s *DB) tables(ctx context.Context) ([]string, error) {
	var names []string
	var err error
	switch s.dialect {
	case "sqlite":
		err = s.db.SelectContext(ctx, &names, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	default:
		err = s.db.SelectContext(ctx, &names, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
	}
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	first := []string{"counters", "chain_head", "requests", "approvals", "messages"}
	var out []string
	for _, f := range first {
		if slices.Contains(names, f) {
			out = append(out, f)
		}
	}
	var rest []string
	for _, n := range names {
		if !slices.Contains(first, n) && n != "goose_db_version" && n != "leases" {
			rest = append(rest, n)
		}
	}
	slices.Sort(rest)
	return append(out, rest...), nil
}

// Copy moves every row of every table from s into dst, in one transaction on dst. dst must
// be migrated to the same schema version and hold no requests yet.
func (s *DB) Copy(ctx context.Context, dst *DB) (CopyStats, error) {
	if err := dst.CheckSchema(ctx); err != nil {
		return nil, fmt.Errorf("copy: target: %w", err)
	}
	if p, err := s.Pending(ctx); err != nil || p > 0 {
		return nil, fmt.Errorf("copy: the source schema is not up to date (run spocd migrate on it first): %v", err)
	}
	var n int
	if err := dst.db.GetContext(ctx, &n, `SELECT COUNT(*) FROM requests`); err != nil || n > 0 {
		return nil, fmt.Errorf("copy: the target already holds %d request(s): copy only into a new database (%v)", n, err)
	}
	tables, err := s.tables(ctx)
	if err != nil {
		return nil, err
	}
	stats := CopyStats{}
	tx, err := dst.db.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("copy: %w", err)
	}
	defer tx.Rollback()
	for _, table := range tables {
		// Singleton rows (the reference counter, the chain head) exist after migrating.
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table); err != nil {
			return nil, fmt.Errorf("copy %s: clear target: %w", table, err)
		}
		rows, err := s.db.QueryxContext(ctx, `SELECT * FROM `+table)
		if err != nil {
			return nil, fmt.Errorf("copy %s: %w", table, err)
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("copy %s: %w", table, err)
		}
		insert := tx.Rebind(`INSERT INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES (` + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + `)`)
		for rows.Next() {
			vals, err := rows.SliceScan()
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("copy %s: %w", table, err)
			}
			for i, v := range vals {
				// SQLite hands TEXT back as []byte in some paths; keep text text.
				if b, ok := v.([]byte); ok && !isBlobColumn(table, cols[i]) {
					vals[i] = string(b)
				}
			}
			if err := s.inlineBlob(cols, vals); err != nil {
				rows.Close()
				return nil, fmt.Errorf("copy %s row %d: %w", table, stats[table]+1, err)
			}
			if _, err := tx.ExecContext(ctx, insert, vals...); err != nil {
				rows.Close()
				return nil, fmt.Errorf("copy %s row %d: %w", table, stats[table]+1, err)
			}
			stats[table]++
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("copy %s: %w", table, err)
		}
		if dst.dialect == "postgres" && slices.Contains(cols, "id") {
			if _, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence('`+table+`', 'id'), COALESCE((SELECT MAX(id) FROM `+table+`), 0) + 1, false) WHERE pg_get_serial_sequence('`+table+`', 'id') IS NOT NULL`); err != nil {
				return nil, fmt.Errorf("copy %s: sequence: %w", table, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("copy: commit: %w", err)
	}
	return stats, nil
}

func isBlobColumn(table, col string) bool {
	return col == "raw" || strings.HasSuffix(col, "_png") || strings.HasSuffix(col, "_blob")
}

// inlineBlob puts a raw mail kept in the source's blob directory back into its row: the
// target (PostgreSQL, or a SQLite file elsewhere) has no access to the source's files.
func (s *DB) inlineBlob(cols []string, vals []any) error {
	ri, bi := slices.Index(cols, "raw"), slices.Index(cols, "raw_blob")
	if ri < 0 || bi < 0 {
		return nil
	}
	name, _ := vals[bi].(string)
	if name == "" {
		return nil
	}
	raw, err := s.q.loadRaw(nil, name)
	if err != nil {
		return err
	}
	vals[ri], vals[bi] = raw, ""
	return nil
}
