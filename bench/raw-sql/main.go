// Command raw-sql times SQL statements directly on a SQLite file, with the same SQLite (modernc.org/sqlite,
// the version the embedded database is built with): the limit of this machine for the `day` scenario's
// queries (bench/scenarios/day.mjs). It reads a JSON request on stdin:
//
//	{"file": "/path/day.sqlite", "runs": 20, "ops": [{"name": "history page", "statements": [{"sql": "...", "args": ["..."]}]}]}
//
// and writes, per op, the time of each run in milliseconds (all its statements, one after the other, every
// row read with its document's JSON text), the rows of the first run and each statement's query plan (and,
// for statements marked "values", their rows as text).
// The file is opened read-only; the engine must not be writing it.
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	_ "modernc.org/sqlite"
)

type statement struct {
	SQL  string `json:"sql"`
	Args []any  `json:"args"`
	// Values: also answer the rows of the first run, as text (for small lookups such as table names).
	Values bool `json:"values"`
}

type op struct {
	Name       string      `json:"name"`
	Statements []statement `json:"statements"`
}

type request struct {
	File string `json:"file"`
	Runs int    `json:"runs"`
	Ops  []op   `json:"ops"`
}

type result struct {
	Name   string       `json:"name"`
	Ms     []float64    `json:"ms"`
	Rows   []int        `json:"rows"`
	Plans  [][]string   `json:"plans"`
	Values [][][]string `json:"values,omitempty"`
}

func main() {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fail(err)
	}

	db, err := sql.Open("sqlite", "file:"+req.File+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		fail(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	results := make([]result, 0, len(req.Ops))
	for _, o := range req.Ops {
		r := result{Name: o.Name}
		for _, s := range o.Statements {
			plan, err := queryPlan(db, s)
			if err != nil {
				fail(fmt.Errorf("%s: %w", o.Name, err))
			}
			r.Plans = append(r.Plans, plan)
		}
		for i := 0; i < req.Runs; i++ {
			start := time.Now()
			var rows []int
			for _, s := range o.Statements {
				var values *[][]string
				if i == 0 && s.Values {
					values = new([][]string)
				}
				n, err := run(db, s, values)
				if err != nil {
					fail(fmt.Errorf("%s: %w", o.Name, err))
				}
				rows = append(rows, n)
				if values != nil {
					r.Values = append(r.Values, *values)
				}
			}
			r.Ms = append(r.Ms, float64(time.Since(start).Microseconds())/1000)
			if i == 0 {
				r.Rows = rows
			}
		}
		results = append(results, r)
	}

	if err := json.NewEncoder(os.Stdout).Encode(results); err != nil {
		fail(err)
	}
}

// run executes a statement and reads every row's columns as raw bytes, as FerretDB reads documents; with
// values, it also keeps them as text.
func run(db *sql.DB, s statement, values *[][]string) (int, error) {
	rows, err := db.Query(s.SQL, s.Args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()

	cols, err := rows.Columns()
	if err != nil {
		return 0, err
	}

	cells := make([]any, len(cols))
	for i := range cells {
		cells[i] = new(sql.RawBytes)
	}

	n := 0
	for rows.Next() {
		if err := rows.Scan(cells...); err != nil {
			return 0, err
		}
		n++
		if values != nil {
			row := make([]string, len(cells))
			for i, c := range cells {
				row[i] = string(*c.(*sql.RawBytes))
			}
			*values = append(*values, row)
		}
	}

	return n, rows.Err()
}

// queryPlan is SQLite's EXPLAIN QUERY PLAN of the statement, one line per step.
func queryPlan(db *sql.DB, s statement) ([]string, error) {
	rows, err := db.Query("EXPLAIN QUERY PLAN "+s.SQL, s.Args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var plan []string
	for rows.Next() {
		var id, parent, notUsed int
		var detail string
		if err := rows.Scan(&id, &parent, &notUsed, &detail); err != nil {
			return nil, err
		}
		plan = append(plan, strings.TrimSpace(detail))
	}

	return plan, rows.Err()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "raw-sql:", err)
	os.Exit(1)
}
