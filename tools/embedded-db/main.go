// Command embedded-db runs FerretDB v1.24 with its SQLite backend as an embedded,
// MongoDB-compatible server for development, tests and demos. Production uses MongoDB.
//
// The stock cmd/ferretdb binary panics when installed from the module proxy (it wants a
// version file generated from git), so this launcher embeds the library package instead.
// `embedded-db backup -data DIR -out DIR` copies the databases while the engine runs (backup.go).
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	_ "net/http/pprof" // only served when EMBEDDED_DB_PPROF names an address (profiling the engine, docs/performance.md)
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "backup" {
		if err := backup(os.Args[2:]); err != nil {
			log.Fatalf("embedded-db backup: %v", err)
		}
		return
	}

	host := flag.String("host", "127.0.0.1", "address to listen on")
	port := flag.Int("port", 27017, "TCP port to listen on")
	dataDir := flag.String("data", ".data/db", "folder for the SQLite files (one per database)")
	pushdown := flag.Bool("index-pushdown", true, "answer queries from indexes (_patches/pushdown.go); false: stock FerretDB's scans")
	flag.Parse()

	if !*pushdown {
		os.Setenv("FERRETDB_INDEX_PUSHDOWN", "off")
	}

	// Garbage collection: the engine keeps little on Go's heap (SQLite's pages live outside it), so at Go's
	// default (GOGC=100) every reply's freshly decoded documents trigger a collection every few milliseconds.
	// At 400 a cohort's 30-thread list costs 1.6 ms of engine CPU instead of 2.4 (4 clients, full academy),
	// for about 30 MB more memory (docs/database.md, "What each command costs"). GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}

	if addr := os.Getenv("EMBEDDED_DB_PPROF"); addr != "" {
		go func() { log.Printf("embedded-db: pprof: %v", http.ListenAndServe(addr, nil)) }()
	}

	dir, err := filepath.Abs(*dataDir)
	if err != nil {
		log.Fatalf("embedded-db: bad data folder: %v", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		log.Fatalf("embedded-db: cannot create %s: %v", dir, err)
	}

	db, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: fmt.Sprintf("%s:%d", *host, *port)},
		Handler:  "sqlite",
		// Commits write SQLite's write-ahead log without waiting for the disk; syncLogs syncs it (wal_sync.go).
		SQLiteURL: "file:" + dir + "/?_pragma=synchronous(normal)",
	})
	if err != nil {
		log.Fatalf("embedded-db: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	go syncLogs(ctx, dir, 100*time.Millisecond)

	log.Printf("embedded-db: listening on %s:%d, data in %s", *host, *port, dir)
	if err := db.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatalf("embedded-db: %v", err)
	}
	log.Printf("embedded-db: stopped")
}
