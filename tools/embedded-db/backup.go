package main

// `embedded-db backup -data DIR -out DIR`: a consistent copy of every database (one SQLite file each) while
// the engine runs. Each file is copied by SQLite's `VACUUM INTO`, which reads one snapshot of the database
// inside a read transaction (WAL mode lets the engine keep writing meanwhile), then the copy is checked with
// `PRAGMA integrity_check` before it is given its final name. scripts/backup.mjs runs it (README, "Back up").

import (
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the SQLite FerretDB itself is built with
)

func backup(args []string) error {
	flags := flag.NewFlagSet("backup", flag.ExitOnError)
	dataDir := flags.String("data", ".data/db", "the engine's data folder (one .sqlite file per database)")
	outDir := flags.String("out", "", "an empty or new folder for the copies")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *outDir == "" {
		return fmt.Errorf("-out is required")
	}
	files, err := filepath.Glob(filepath.Join(*dataDir, "*.sqlite"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*outDir, 0o700); err != nil {
		return err
	}
	for _, file := range files {
		target := filepath.Join(*outDir, filepath.Base(file))
		if err := copyDatabase(file, target); err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(file), err)
		}
		fmt.Println(filepath.Base(file))
	}
	return nil
}

func copyDatabase(source, target string) error {
	partial := target + ".partial"
	if _, err := os.Stat(target); err == nil {
		return fmt.Errorf("%s exists already", target)
	}
	os.Remove(partial)
	db, err := sql.Open("sqlite", "file:"+source+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("VACUUM INTO ?", partial); err != nil {
		os.Remove(partial)
		return err
	}
	if err := check(partial); err != nil {
		os.Remove(partial)
		return err
	}
	return os.Rename(partial, target)
}

// check opens the copy read-only and answers an error unless SQLite finds it intact.
func check(file string) error {
	db, err := sql.Open("sqlite", "file:"+file+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.Query("PRAGMA integrity_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("the copy fails SQLite's integrity check: %s", strings.Join(problems, "; "))
	}
	return nil
}
