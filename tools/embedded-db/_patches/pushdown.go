// TrainAction addition (tools/embedded-db/_patches/pushdown.go), not part of FerretDB.
//
// Stock FerretDB 1.24 on SQLite pushes down only an _id equality: every other query reads and decodes every
// document of the collection in Go. This file translates what it safely can of a filter into SQL on the
// same expressions FerretDB's indexes are built on (`_ferretdb_sjson->'field'`, the JSON text of a top-level
// field), so that SQLite answers from an index. The handler still filters, sorts, skips and limits what it
// gets, so the SQL must select a superset of the matching documents; it may also sort, skip and limit only
// when it selects exactly the matching documents and orders them exactly as MongoDB would, and then the
// handler does not filter or sort again (QueryResult.FilterApplied, SortApplied).
//
// SQLite compares these expressions as text (the sjson encoding), not as BSON values. A condition is pushed
// down only where text comparison is safe, which depends on what a field holds in the collection: its
// "kinds", read with one scan of the collection when a query first needs them (and, at start, for the
// indexed fields of every collection, in the background), then kept up to date by every insert and update
// of this process before it writes (kinds are only ever added, like MongoDB's multikey flag).
//   - Multikey: a field that ever held an array is not pushed down (an element match would be missed).
//   - Equality and $in of strings, ObjectIds, dates, numbers, booleans and null: text equality is value
//     equality within a type; it is exact when no other kind of the field has the same text form
//     (an ObjectId and a string of the same hex; a date and a number of the same milliseconds).
//   - Ranges of dates (milliseconds with 13 digits, 2001–2286), ObjectIds (24 hex digits) and strings whose
//     JSON text is not escaped and holds no ' ' or '!' ("plain", so the text sorts like the string): the
//     text order is the value order, and each range is bracketed to the text form of its type.
//   - $exists (top-level fields: SQL NULL is a missing field), $and, $or (when every branch translates).
//   - Sort on fields whose every value is of one kind among ObjectId, 13-digit date, plain string and
//     boolean (missing fields sort first, as MongoDB's null); then LIMIT and OFFSET when the filter is exact.
//     SQLite has no statistics, so walkSort chooses between reading the sort's index in order (stopping at
//     the limit) and looking the equality up in its index, from the equality's count in its index.
// Counts (count, and countDocuments' $match + $group) are answered with COUNT(*) when the filter is exact.
// Not pushed down: dotted paths, numbers in ranges and sorts, regexes, $ne/$nin/$not/$size/$elemMatch...,
// and anything on capped collections. Without a pushed
// sort, rows come in rowid order, as the stock scan's.
//
// Set FERRETDB_INDEX_PUSHDOWN=off (launcher flag -index-pushdown=false) to get stock behaviour.

package sqlite

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/FerretDB/FerretDB/internal/backends"
	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/fsql"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/logging"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// indexPushdown tells whether this file's pushdown is on (read once, after the launcher set the variable).
var indexPushdown = sync.OnceValue(func() bool { return os.Getenv("FERRETDB_INDEX_PUSHDOWN") != "off" })

// kinds is a set of the value kinds a field holds, as far as SQL text comparison is concerned.
type kinds uint32

const (
	kString   kinds = 1 << iota // a string whose JSON text is escaped or holds ' ' or '!'
	kPlain                      // any other string: its JSON text sorts as the string does
	kObjectID                   // "24 hex digits"
	kBinData                    // "base64"
	kRegex                      // "pattern"
	kDouble
	kInt
	kLong
	kTimestamp
	kDate13 // milliseconds since the epoch with 13 digits (2001-09-09 to 2286-11-20)
	kDate   // any other date
	kBool
	kNull
	kArray
	kObject
	kUnknown

	kNumbers = kDouble | kInt | kLong | kTimestamp
	kStrings = kString | kPlain
)

var kindNames = map[string]kinds{
	"string": kString, "plain": kPlain, "objectId": kObjectID, "binData": kBinData, "regex": kRegex,
	"double": kDouble, "int": kInt, "long": kLong, "timestamp": kTimestamp, "date13": kDate13, "date": kDate,
	"bool": kBool, "null": kNull, "array": kArray, "object": kObject,
}

// plainString tells whether Go's JSON encoder writes s unescaped and s holds no byte below '"' (so that the
// closing quote sorts before any character of a longer string): then the JSON texts sort as the strings.
func plainString(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}

	for _, r := range s {
		if r <= '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r == '\u2028' || r == '\u2029' {
			return false
		}
	}

	return true
}

// kindOf returns the kind of a stored value; it must agree with kindOfText.
func kindOf(v any) kinds {
	switch v := v.(type) {
	case string:
		if plainString(v) {
			return kPlain
		}
		return kString
	case types.ObjectID:
		return kObjectID
	case types.Binary:
		return kBinData
	case types.Regex:
		return kRegex
	case float64:
		return kDouble
	case int32:
		return kInt
	case int64:
		return kLong
	case types.Timestamp:
		return kTimestamp
	case time.Time:
		if ms := v.UnixMilli(); ms >= 1e12 && ms < 1e13 {
			return kDate13
		}
		return kDate
	case bool:
		return kBool
	case types.NullType:
		return kNull
	case *types.Array:
		return kArray
	case *types.Document:
		return kObject
	default:
		return kUnknown
	}
}

// safeKey matches the top-level field names this file handles (no quoting needed anywhere).
var safeKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// col is the expression FerretDB's indexes are built on for a top-level field ("field" there is the same
// string literal as 'field' here; '$.field' would not match the index).
func col(key string) string {
	return metadata.DefaultColumn + "->'" + key + "'"
}

// tableKinds holds the kinds of a collection's fields: scanned once per field, plus every later write.
type tableKinds struct {
	scan    sync.Mutex // held during a scan
	m       sync.Mutex
	scanned map[string]kinds // protected by m
	written map[string]kinds // protected by m
}

var allKinds sync.Map // collection key -> *tableKinds

func kindsFor(dbName string, meta *metadata.Collection) *tableKinds {
	key := dbName + "\x00" + meta.TableName + "\x00" + meta.Settings.UUID
	if tk, ok := allKinds.Load(key); ok {
		return tk.(*tableKinds)
	}

	tk, _ := allKinds.LoadOrStore(key, &tableKinds{scanned: map[string]kinds{}, written: map[string]kinds{}})

	return tk.(*tableKinds)
}

// noteWrites records the kinds of the documents' top-level fields; it is called before they are written,
// so that a query never sees a stored document whose kinds it does not know.
func noteWrites(dbName string, meta *metadata.Collection, docs []*types.Document) {
	tk := kindsFor(dbName, meta)

	tk.m.Lock()
	defer tk.m.Unlock()

	for _, doc := range docs {
		keys, values := doc.Keys(), doc.Values()
		for i, k := range keys {
			tk.written[k] |= kindOf(values[i])
		}
	}
}

// get returns the kinds of the given fields, scanning the collection for those never scanned.
func (tk *tableKinds) get(ctx context.Context, db *fsql.DB, meta *metadata.Collection, fields []string) (map[string]kinds, error) {
	missing := func() []string {
		tk.m.Lock()
		defer tk.m.Unlock()

		var res []string
		for _, f := range fields {
			if _, ok := tk.scanned[f]; !ok {
				res = append(res, f)
			}
		}

		return res
	}

	if len(missing()) > 0 {
		tk.scan.Lock()
		todo := missing()

		if len(todo) > 0 {
			// scan for the indexes' top-level fields too, so that later queries do not scan again
			seen := map[string]bool{}
			for _, f := range todo {
				seen[f] = true
			}

			for _, idx := range meta.Settings.Indexes {
				for _, k := range idx.Key {
					if !seen[k.Field] && safeKey.MatchString(k.Field) {
						if _, ok := tk.scanned[k.Field]; !ok {
							seen[k.Field] = true
							todo = append(todo, k.Field)
						}
					}
				}
			}

			res, err := scanKinds(ctx, db, meta.TableName, todo)
			if err != nil {
				tk.scan.Unlock()
				return nil, err
			}

			tk.m.Lock()
			for f, k := range res {
				tk.scanned[f] = k
			}
			tk.m.Unlock()
		}
		tk.scan.Unlock()
	}

	tk.m.Lock()
	defer tk.m.Unlock()

	res := make(map[string]kinds, len(fields))
	for _, f := range fields {
		res[f] = tk.scanned[f] | tk.written[f]
	}

	return res, nil
}

// scanKinds reads the kinds of the given fields in one pass over the table: one json_extract per document
// returns each field's schema type and JSON text (one parse), classified here like kindOf.
func scanKinds(ctx context.Context, db *fsql.DB, table string, fields []string) (map[string]kinds, error) {
	paths := make([]string, 0, 2*len(fields))
	for _, f := range fields {
		paths = append(paths, fmt.Sprintf(`'$."$s".p."%[1]s".t', '$."%[1]s"'`, f))
	}

	q := fmt.Sprintf(`SELECT json_extract(%s, %s) FROM %q`, metadata.DefaultColumn, strings.Join(paths, ", "), table)

	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}
	defer rows.Close()

	res := make(map[string]kinds, len(fields))
	for _, f := range fields {
		res[f] = 0
	}

	var text string

	for rows.Next() {
		if err = rows.Scan(&text); err != nil {
			return nil, lazyerrors.Error(err)
		}

		elems, ok := splitArray(text)
		if !ok || len(elems) != 2*len(fields) {
			return nil, lazyerrors.Errorf("unexpected kinds row %.100q", text)
		}

		for i, f := range fields {
			res[f] |= kindOfText(elems[2*i], elems[2*i+1])
		}
	}

	if err = rows.Err(); err != nil {
		return nil, lazyerrors.Error(err)
	}

	return res, nil
}

// date13 matches the JSON text of a date with 13 digits.
var date13 = regexp.MustCompile(`^[1-9][0-9]{12}$`)

// kindOfText classifies a stored field from its sjson schema type and its JSON text, like kindOf.
func kindOfText(typ, text string) kinds {
	if typ == "null" { // missing field
		return 0
	}

	switch name := strings.Trim(typ, `"`); name {
	case "string":
		if len(text) < 2 || strings.ContainsAny(text[1:len(text)-1], `\ !"`) {
			return kString
		}
		return kPlain
	case "date":
		if date13.MatchString(text) {
			return kDate13
		}
		return kDate
	default:
		if k, ok := kindNames[name]; ok && k != kPlain && k != kDate13 {
			return k
		}
		return kUnknown
	}
}

// splitArray splits the text of a JSON array into its elements' texts.
func splitArray(s string) ([]string, bool) {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, false
	}

	var res []string

	depth, start, inString := 0, 1, false

	for i := 1; i < len(s)-1; i++ {
		c := s[i]

		switch {
		case inString:
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
		case c == ',' && depth == 0:
			res = append(res, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}

	if start < len(s)-1 {
		res = append(res, strings.TrimSpace(s[start:len(s)-1]))
	}

	return res, !inString && depth == 0
}

// cond is an SQL condition with its arguments.
type cond struct {
	sql  string
	args []any
}

func andConds(cs []cond) cond {
	var res cond

	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.sql
		res.args = append(res.args, c.args...)
	}

	res.sql = strings.Join(parts, " AND ")

	return res
}

// translator turns filters and sorts into SQL, given the kinds of the fields they use.
type translator struct {
	kinds map[string]kinds

	plus    map[string]bool   // fields whose conditions must not use an index (see walkSort)
	eqs     map[string]string // top-level equalities (not under $or): field -> text
	nulls   map[string]bool   // top-level `$exists: false` (IS NULL, an equality to SQLite's indexes too)
	orDepth int
}

// kindsOf returns a field's kinds; a field whose kinds were not read could hold anything.
func (t *translator) kindsOf(k string) kinds {
	if v, ok := t.kinds[k]; ok {
		return v
	}

	return kUnknown
}

// col is the field's expression, with a unary + when its index must not be used (SQLite's documented way).
func (t *translator) col(k string) string {
	if t.plus[k] {
		return "+(" + col(k) + ")"
	}

	return col(k)
}

// fields returns the top-level fields a filter and a sort use.
func fields(filter, sort *types.Document) []string {
	set := map[string]bool{"_id": true}

	var walk func(d *types.Document)
	walk = func(d *types.Document) {
		keys, values := d.Keys(), d.Values()
		for i, k := range keys {
			switch {
			case k == "$and" || k == "$or":
				if arr, ok := values[i].(*types.Array); ok {
					for j := 0; j < arr.Len(); j++ {
						if sub, _ := arr.Get(j); sub != nil {
							if sd, ok := sub.(*types.Document); ok {
								walk(sd)
							}
						}
					}
				}
			case safeKey.MatchString(k):
				set[k] = true
			}
		}
	}

	if filter != nil {
		walk(filter)
	}

	if sort != nil {
		for _, k := range sort.Keys() {
			if safeKey.MatchString(k) {
				set[k] = true
			}
		}
	}

	res := make([]string, 0, len(set))
	for k := range set {
		res = append(res, k)
	}

	return res
}

// filter translates a filter into conditions, all of which a matching document satisfies.
// exact is true when the conditions select exactly the matching documents.
func (t *translator) filter(d *types.Document) (cs []cond, exact bool) {
	exact = true
	keys, values := d.Keys(), d.Values()

	for i, k := range keys {
		v := values[i]

		switch {
		case k == "$comment":
		case k == "$and":
			arr, ok := v.(*types.Array)
			if !ok || arr.Len() == 0 {
				exact = false
				continue
			}

			for j := 0; j < arr.Len(); j++ {
				sub, _ := arr.Get(j)
				sd, ok := sub.(*types.Document)
				if !ok {
					exact = false
					continue
				}

				scs, sexact := t.filter(sd)
				cs = append(cs, scs...)
				exact = exact && sexact
			}
		case k == "$or":
			c, cexact := t.or(v)
			if c == nil {
				exact = false
				continue
			}

			cs = append(cs, *c)
			exact = exact && cexact
		case !safeKey.MatchString(k):
			exact = false // dotted paths, other operators ($nor, $expr...), unusual names
		default:
			fcs, fexact := t.field(k, v)
			cs = append(cs, fcs...)
			exact = exact && fexact
		}
	}

	return cs, exact
}

// or translates $or when every branch has conditions (a branch without would match anything).
func (t *translator) or(v any) (*cond, bool) {
	arr, ok := v.(*types.Array)
	if !ok || arr.Len() == 0 {
		return nil, false
	}

	var res cond
	exact := true
	parts := make([]string, 0, arr.Len())

	t.orDepth++
	defer func() { t.orDepth-- }()

	for j := 0; j < arr.Len(); j++ {
		sub, _ := arr.Get(j)
		sd, ok := sub.(*types.Document)
		if !ok {
			return nil, false
		}

		scs, sexact := t.filter(sd)
		if len(scs) == 0 {
			return nil, false
		}

		c := andConds(scs)
		parts = append(parts, "("+c.sql+")")
		res.args = append(res.args, c.args...)
		exact = exact && sexact
	}

	res.sql = "(" + strings.Join(parts, " OR ") + ")"

	return &res, exact
}

// field translates one top-level field's condition: a value (equality) or a document of operators.
func (t *translator) field(k string, v any) (cs []cond, exact bool) {
	ops, ok := v.(*types.Document)
	if !ok || ops.Len() == 0 || !strings.HasPrefix(ops.Keys()[0], "$") {
		c, exact := t.eq(k, v)
		if c == nil {
			return nil, false
		}

		return []cond{*c}, exact
	}

	exact = true
	keys, values := ops.Keys(), ops.Values()

	var ranges []rangeCond

	for i, op := range keys {
		var c *cond
		var cexact bool

		switch op {
		case "$eq":
			c, cexact = t.eq(k, values[i])
		case "$in":
			c, cexact = t.in(k, values[i])
		case "$gt", "$gte", "$lt", "$lte":
			var r *rangeCond
			if r, cexact = t.rng(k, op, values[i]); r != nil {
				c = &r.bound
				ranges = append(ranges, *r)
			}
		case "$exists":
			c, cexact = t.exists(k, values[i])
		}

		if c == nil {
			exact = false
			continue
		}

		cs = append(cs, *c)
		exact = exact && cexact
	}

	return append(cs, guards(ranges)...), exact
}

// guards returns the type guards that the field's range bounds need: none for a bound that has a bound of
// the other side of the same type (the two imply the guards), so that SQLite's index range uses both
// bounds. With the guards, SQLite took one of them as the index range (`_id < cursor` with
// `_id >= "000…"` scanned from the type's end to the cursor: 430 ms for one message of 105,000).
func guards(ranges []rangeCond) []cond {
	var res []cond

	for _, r := range ranges {
		paired := false

		for _, o := range ranges {
			paired = paired || (o.family == r.family && o.lower != r.lower)
		}

		if !paired {
			res = append(res, r.guard)
		}
	}

	return res
}

// scalar reports whether equality with v can be pushed down on a field holding kinds k,
// with v's text form(s) and whether text equality is exact there.
func scalar(k kinds, v any) (texts []any, exact, ok bool) {
	if k&kUnknown != 0 {
		texts, _, ok = scalar(k&^kUnknown, v)
		return texts, false, ok
	}

	switch v := v.(type) {
	case string:
		return []any{mustText(v)}, k&(kObjectID|kBinData|kRegex) == 0, true
	case types.ObjectID:
		return []any{mustText(v)}, k&(kStrings|kBinData|kRegex) == 0, true
	case time.Time:
		return []any{mustText(v)}, k&kNumbers == 0, true
	case bool:
		return []any{mustText(v)}, true, true
	case float64, int32, int64:
		var f float64

		switch v := v.(type) {
		case float64:
			f = v
		case int32:
			f = float64(v)
		case int64:
			f = float64(v)
		}

		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, false, false
		}

		exact := k&(kDate13|kDate|kTimestamp) == 0
		if f == 0 {
			return []any{"0", "-0"}, exact, true
		}

		b, err := sjson.MarshalSingleValue(v)
		if err != nil {
			return nil, false, false
		}

		return []any{string(b)}, exact, true
	}

	return nil, false, false
}

func mustText(v any) string {
	b, err := sjson.MarshalSingleValue(v)
	if err != nil {
		panic(err)
	}

	return string(b)
}

// multikey tells whether a field may hold arrays (or values this file does not know), which no text
// condition can match element by element. _id never holds an array.
func (t *translator) multikey(k string) bool {
	return k != "_id" && t.kindsOf(k)&(kArray|kUnknown) != 0
}

func (t *translator) eq(k string, v any) (*cond, bool) {
	if t.multikey(k) {
		return nil, false
	}

	if v == types.Null {
		return &cond{sql: fmt.Sprintf(`(%[1]s IS NULL OR %[1]s = 'null')`, t.col(k))}, true
	}

	texts, exact, ok := scalar(t.kindsOf(k), v)
	if !ok {
		return nil, false
	}

	if len(texts) == 1 {
		if t.orDepth == 0 && t.eqs != nil {
			t.eqs[k] = texts[0].(string)
		}

		return &cond{sql: t.col(k) + ` = ?`, args: texts}, exact
	}

	return &cond{sql: t.col(k) + ` IN (?, ?)`, args: texts}, exact
}

func (t *translator) in(k string, v any) (*cond, bool) {
	arr, ok := v.(*types.Array)
	if !ok || arr.Len() == 0 || arr.Len() > 1000 || t.multikey(k) {
		return nil, false
	}

	var args []any
	var null bool
	exact := true

	for j := 0; j < arr.Len(); j++ {
		e, _ := arr.Get(j)
		if e == types.Null {
			null = true
			continue
		}

		texts, eexact, ok := scalar(t.kindsOf(k), e)
		if !ok {
			return nil, false
		}

		args = append(args, texts...)
		exact = exact && eexact
	}

	var parts []string
	if len(args) > 0 {
		parts = append(parts, t.col(k)+` IN (?`+strings.Repeat(`, ?`, len(args)-1)+`)`)
	}

	if null {
		parts = append(parts, fmt.Sprintf(`%[1]s IS NULL OR %[1]s = 'null'`, t.col(k)))
	}

	return &cond{sql: "(" + strings.Join(parts, " OR ") + ")", args: args}, exact
}

var rangeOps = map[string]string{"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}

// rangeCond is a range's bound on a field, and the guard that keeps the field's values of other types out
// (the bracket [lo, hi] of the bound's type, on the side the bound leaves open).
type rangeCond struct {
	bound, guard cond
	family       string // the bracket: bounds of one family, one on each side, imply their guards
	lower        bool   // $gt, $gte
}

func (t *translator) rng(k, op string, v any) (*rangeCond, bool) {
	if t.multikey(k) {
		return nil, false
	}

	kk := t.kindsOf(k)

	// the bracket [lo, hi] (hi exclusive for strings) is the text form of v's type
	var text, lo, hi, hiOp string
	var exact bool

	switch v := v.(type) {
	case time.Time:
		ms := v.UnixMilli()
		if ms < 1e12 || ms >= 1e13 || kk&kDate != 0 {
			return nil, false
		}

		text, lo, hi, hiOp = strconv.FormatInt(ms, 10), "1000000000000", "9999999999999", "<="
		exact = kk&kNumbers == 0
	case types.ObjectID:
		text, lo, hi, hiOp = `"`+hex.EncodeToString(v[:])+`"`, `"000000000000000000000000"`, `"ffffffffffffffffffffffff"`, "<="
		exact = kk&(kStrings|kBinData|kRegex) == 0
	case string:
		if !plainString(v) || kk&kString != 0 {
			return nil, false
		}

		// every string's text starts with '"' (0x22), and '#' is 0x23
		text, lo, hi, hiOp = mustText(v), `"`, `#`, "<"
		exact = kk&(kObjectID|kBinData|kRegex) == 0
	default:
		return nil, false
	}

	r := &rangeCond{
		bound:  cond{sql: fmt.Sprintf(`%s %s ?`, t.col(k), rangeOps[op]), args: []any{text}},
		guard:  cond{sql: fmt.Sprintf(`%s >= ?`, t.col(k)), args: []any{lo}},
		family: lo + hi,
		lower:  op == "$gt" || op == "$gte",
	}
	if r.lower {
		r.guard = cond{sql: fmt.Sprintf(`%s %s ?`, t.col(k), hiOp), args: []any{hi}}
	}

	return r, exact
}

func (t *translator) exists(k string, v any) (*cond, bool) {
	var yes bool

	switch v := v.(type) {
	case bool:
		yes = v
	case int32:
		yes = v != 0
	case int64:
		yes = v != 0
	case float64:
		yes = v != 0
	default:
		return nil, false
	}

	if yes {
		return &cond{sql: t.col(k) + ` IS NOT NULL`}, true
	}

	if t.orDepth == 0 && t.nulls != nil {
		t.nulls[k] = true
	}

	return &cond{sql: t.col(k) + ` IS NULL`}, true
}

// orderBy translates a sort when each field's text order is its value order in this collection.
func (t *translator) orderBy(sort *types.Document) (string, bool) {
	keys, values := sort.Keys(), sort.Values()
	parts := make([]string, len(keys))

	for i, k := range keys {
		if !safeKey.MatchString(k) {
			return "", false
		}

		switch t.kindsOf(k) {
		case 0, kObjectID, kDate13, kPlain, kBool:
		default:
			return "", false
		}

		var dir int64

		switch v := values[i].(type) {
		case int64:
			dir = v
		case int32:
			dir = int64(v)
		case float64:
			dir = int64(v)
		}

		switch dir {
		case 1:
			parts[i] = col(k)
		case -1:
			parts[i] = col(k) + " DESC"
		default:
			return "", false
		}
	}

	return " ORDER BY " + strings.Join(parts, ", "), true
}

// pushdown is what Query adds to its SELECT.
type pushdown struct {
	where       string // with " WHERE "
	orderBy     string // with " ORDER BY "
	args        []any
	limit       int64 // -1: none
	offset      int64
	skipApplied bool
	exact       bool // where selects exactly the documents matching the filter
	idEquality  bool // a plain _id equality, pushed without kinds: it may select an ObjectId and a string of the same hex
}

// filterApplied is true when the rows are exactly the matching documents, so the handler need not filter them.
func (pd *pushdown) filterApplied() bool {
	return pd.exact && !pd.idEquality
}

// sortApplied is true when SQL sorts the rows in the find's order (a sort is pushed only with an exact filter).
func (pd *pushdown) sortApplied() bool {
	return pd.orderBy != "" && pd.orderBy != " ORDER BY rowid"
}

// rowidOrderedWhere is the WHERE clause of a query whose rows must come in rowid order (no pushed sort).
// SQLite reads an IN list or an OR from an index in the index's order, so it then sorts the rows by rowid,
// whole documents and all: its sorter copies every document's JSON into memory it grows by mmap and memmove,
// a quarter of the engine's CPU on 116 posts read by `_id: { $in }` (docs/performance.md). With the rowids
// selected in a subquery, SQLite orders those and then reads each document once, in order.
func (pd *pushdown) rowidOrderedWhere(table string) string {
	if pd.orderBy != " ORDER BY rowid" || !(strings.Contains(pd.where, " IN (") || strings.Contains(pd.where, " OR ")) {
		return pd.where
	}

	return fmt.Sprintf(" WHERE rowid IN (SELECT rowid FROM %q%s)", table, pd.where)
}

// pushdownQuery translates a query for a collection that is not capped; ok is false when nothing is pushed.
func pushdownQuery(ctx context.Context, db *fsql.DB, dbName string, meta *metadata.Collection, filter *types.Document, find *backends.FindPushdown) (*pushdown, error) {
	var sort *types.Document
	if find != nil {
		filter, sort = find.Filter, find.Sort
	}

	res := &pushdown{limit: -1, exact: filter.Len() == 0}

	if filter.Len() == 0 && sort.Len() == 0 {
		if find != nil && (find.Limit > 0 || find.Skip > 0) {
			res.orderBy = " ORDER BY rowid"
			res.limit, res.offset = find.Limit, find.Skip
			if res.limit == 0 {
				res.limit = -1
			}
			res.skipApplied = find.Skip > 0
		}

		return res, nil
	}

	// A plain _id equality needs no kinds (no _id is an array) and finds a document or two (an ObjectId and
	// a string of the same hex), so it is pushed down without them, and without its limit.
	idEquality := sort.Len() == 0 && filter.Len() == 1 && filter.Keys()[0] == "_id"
	if idEquality {
		_, isDoc := must.NotFail(filter.Get("_id")).(*types.Document)
		idEquality = !isDoc
	}

	res.idEquality = idEquality

	k := map[string]kinds{}
	if !idEquality {
		var err error
		if k, err = kindsFor(dbName, meta).get(ctx, db, meta, fields(filter, sort)); err != nil {
			return nil, err
		}
	}

	t := &translator{kinds: k, eqs: map[string]string{}, nulls: map[string]bool{}}

	exact := true
	if filter.Len() > 0 {
		var cs []cond
		cs, exact = t.filter(filter)
		res.exact = exact

		if len(cs) > 0 {
			c := andConds(cs)
			res.where = " WHERE " + c.sql
			res.args = c.args
		}
	}

	res.orderBy = " ORDER BY rowid"

	if find == nil || !exact || idEquality {
		return res, nil
	}

	if sort.Len() > 0 {
		orderBy, ok := t.orderBy(sort)
		if !ok {
			return res, nil
		}

		res.orderBy = orderBy
	}

	if find.Limit > 0 || find.Skip > 0 {
		res.limit, res.offset = find.Limit, find.Skip
		if res.limit == 0 {
			res.limit = -1
		}
		res.skipApplied = find.Skip > 0
	}

	if res.limit > 0 && sort.Len() > 0 {
		plus, err := walkSort(ctx, db, meta, t, sort, res.limit+res.offset)
		if err != nil {
			return nil, err
		}

		if plus != nil {
			t2 := &translator{kinds: k, plus: plus}
			cs, _ := t2.filter(filter)
			c := andConds(cs)
			res.where = " WHERE " + c.sql
			res.args = c.args
		}
	}

	return res, nil
}

// walkSort decides whether SQLite should read the sort's index in order and stop at the limit, rather than
// look the filter's equalities up in their index and sort everything they find: SQLite keeps no statistics
// to choose by, and reading a document's JSON is what costs. It returns the fields whose conditions must
// then not use an index, or nil.
func walkSort(ctx context.Context, db *fsql.DB, meta *metadata.Collection, t *translator, sort *types.Document, n int64) (map[string]bool, error) {
	keys, values := sort.Keys(), sort.Values()
	lead := keys[0]

	var leadIndexed bool

	for _, idx := range meta.Settings.Indexes {
		if idx.Key[0].Field == lead {
			leadIndexed = true
		}

		// equality fields (a `$exists: false` is one: IS NULL), then the sort's fields in its order or the reverse:
		// SQLite needs no help
		j := 0
		for j < len(idx.Key) && (t.eqs[idx.Key[j].Field] != "" || t.nulls[idx.Key[j].Field]) && !slices.Contains(keys, idx.Key[j].Field) {
			j++
		}

		if j == 0 || j+len(keys) > len(idx.Key) {
			continue
		}

		same, reverse := true, true

		for i, key := range keys {
			desc := values[i] == int64(-1)
			same = same && idx.Key[j+i].Field == key && idx.Key[j+i].Descending == desc
			reverse = reverse && idx.Key[j+i].Field == key && idx.Key[j+i].Descending != desc
		}

		if same || reverse {
			return nil, nil
		}
	}

	if !leadIndexed {
		return nil, nil
	}

	// the documents the most selective indexed equality finds, counted in its index
	best := int64(-1)

	for f, text := range t.eqs {
		if f == lead || !slices.ContainsFunc(meta.Settings.Indexes, func(idx metadata.IndexInfo) bool { return idx.Key[0].Field == f }) {
			continue
		}

		var c int64

		q := fmt.Sprintf(`SELECT count(*) FROM %q WHERE %s = ?`, meta.TableName, col(f))
		if err := db.QueryRowContext(ctx, q, text).Scan(&c); err != nil {
			return nil, lazyerrors.Error(err)
		}

		if best < 0 || c < best {
			best = c
		}
	}

	if best < 0 {
		return nil, nil
	}

	var total sql.NullInt64

	if err := db.QueryRowContext(ctx, fmt.Sprintf(`SELECT max(rowid) FROM %q`, meta.TableName)).Scan(&total); err != nil {
		return nil, lazyerrors.Error(err)
	}

	// reading the sort's index in order finds n matches after about total/best*n documents;
	// the lookup reads best documents and sorts them
	if best*best <= total.Int64*n*2 {
		return nil, nil
	}

	plus := map[string]bool{}

	for f := range t.kinds {
		if f != lead {
			plus[f] = true
		}
	}

	return plus, nil
}

// prewarmKinds reads the kinds of every existing collection's indexed fields, one collection at a time.
// A query that needs them meanwhile waits for that collection's scan, or scans what it needs itself.
func prewarmKinds(r *metadata.Registry, l *slog.Logger) {
	ctx := context.Background()
	start := time.Now()

	var n int

	for _, dbName := range r.DatabaseList(ctx) {
		db := r.DatabaseGetExisting(ctx, dbName)
		if db == nil {
			continue
		}

		colls, err := r.CollectionList(ctx, dbName)
		if err != nil {
			continue
		}

		for _, meta := range colls {
			if meta.Capped() {
				continue
			}

			fields := []string{"_id"}
			for _, idx := range meta.Settings.Indexes {
				for _, k := range idx.Key {
					if safeKey.MatchString(k.Field) {
						fields = append(fields, k.Field)
					}
				}
			}

			if _, err = kindsFor(dbName, meta).get(ctx, db, meta, fields); err != nil {
				l.WarnContext(ctx, "index pushdown: cannot read field kinds", slog.String("collection", meta.Name), logging.Error(err))
				continue
			}

			n++
		}
	}

	l.InfoContext(ctx, "index pushdown: field kinds read", slog.Int("collections", n), slog.Duration("took", time.Since(start)))
}
