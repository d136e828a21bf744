package main

// Durability (issue 19, docs/database.md "Durability"): SQLite runs with synchronous=NORMAL, so a commit writes
// the write-ahead log without waiting for the disk; with stock FerretDB's FULL each commit waited for an fsync,
// held SQLite's one writer meanwhile, and on this machine that wait was most of a write's cost. syncLogs
// gives the log to the disk every 100 ms instead, so a power loss may lose the last 100 ms of writes, as a
// standalone MongoDB's journal, written every 100 ms, may. A crash of the engine loses nothing acknowledged:
// the log is in the operating system's hands at each commit. SQLite's checkpoints sync the files too.

import (
	"context"
	"log"
	"os"
	"path/filepath"
	"time"
)

// syncLogs fsyncs every database's write-ahead log in dir at each tick, until ctx ends. An fsync needs no
// lock of SQLite's and is cheap when the log has not changed.
func syncLogs(ctx context.Context, dir string, every time.Duration) {
	tick := time.NewTicker(every)
	defer tick.Stop()

	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}

		logs, _ := filepath.Glob(filepath.Join(dir, "*.sqlite-wal"))
		for _, name := range logs {
			if err := syncFile(name); err != nil && !os.IsNotExist(err) {
				log.Printf("embedded-db: sync %s: %v", name, err)
			}
		}
	}
}

func syncFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()

	return f.Sync()
}
