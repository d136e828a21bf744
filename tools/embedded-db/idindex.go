package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the SQLite driver FerretDB itself uses (same library instance, shared locks)
)

// FerretDB v1.24's SQLite backend looks documents up by _id with the expression
// _ferretdb_sjson->'$._id', but creates its _id index on _ferretdb_sjson->"_id". SQLite only uses an
// expression index for the identical expression, so every find, update and delete by _id scanned the
// whole table (3.2 ms per lookup among 1,000 users, growing with the collection; with a matching index
// 0.005 ms). keepIDIndexes adds the matching index to every collection's table, checking for new
// collections every `every`. The index is SQLite's alone: FerretDB's metadata does not list it, and it
// goes away with its table.
func keepIDIndexes(ctx context.Context, dir string, every time.Duration) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, file := range files {
			if err := addIDIndexes(ctx, file); err != nil && ctx.Err() == nil && !strings.Contains(err.Error(), "no such table") {
				log.Printf("embedded-db: _id index for %s: %v", filepath.Base(file), err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// addIDIndexes opens one database file (never creating it: FerretDB may have just dropped it) and
// indexes _ferretdb_sjson->'$._id' on the collection tables that lack it.
func addIDIndexes(ctx context.Context, file string) error {
	db, err := sql.Open("sqlite", "file:"+file+"?mode=rw&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT c.table_name FROM _ferretdb_collections c
		WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m WHERE m.type = 'index' AND m.name = c.table_name || '__id_path')`)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") || strings.Contains(err.Error(), "unable to open") {
			return nil // not a FerretDB database (yet), or gone
		}
		return err
	}
	var tables []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, table)
	}
	rows.Close()
	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, table+"__id_path", table)
		if _, err := db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
