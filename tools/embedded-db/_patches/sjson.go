// Copyright 2021 FerretDB Inc.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

// TrainAction patch (issue 19): stock FerretDB decodes every stored document with a new encoding/json
// Decoder per field (each one allocates and copies its buffer) and parses the document's schema ($s) again
// for each document; at 50 people reading 50-message pages that was ~45% of the engine's CPU. Here:
//   - a document as Marshal writes it ("$s" first, then its fields in the schema's order) is split into its
//     fields in one pass (unmarshalStored); anything else, and any error, takes the stock path, which gives
//     the stock answer or error;
//   - parsed schemas are kept by their text (a collection's documents share a few; the map is bounded);
//   - plain strings, ObjectIds, dates, 32/64-bit integers and booleans are decoded straight from their
//     bytes (fastScalar), nested documents and arrays likewise (fastNested); escaped strings and doubles take
//     the stock decoders.
// FerretDB's own tests of this package pass on it (go test ./internal/handler/sjson/ in the patched copy
// under .cache), and libs/platform/src/database/stored-values.int-spec.ts round-trips generated documents.
// Engine CPU per 50-message page (50 people at once): 5.9 ms stock, 1.25 ms with this and resource.go.

// Package sjson provides converters from/to jsonb with some extensions for built-in and `types` types.
//
// See contributing guidelines and documentation for package `types` for details.
//
// # Mapping
//
// SJSON uses schema to map values to data types.
// Schema is stored in the `$s` field of the document and contains information about the fields.
// A document with schema looks like this:
//
//	{
//	   "$s": {
//	     "$k": ["field1", "field2", ...],
//	     "p": {
//	       "field1": {<schema>},
//	       "field2": {<schema>},
//	       ...
//	   }
//	   "field1": <json representation>,
//	   "field2": <json representation>,
//	   ...
//	}
//
// Composite types
//
//	Alias      types package    sjson package        sjson schema                                             JSON representation
//
//	object     *types.Document  *sjson.documentType  {"t":"object", "$s": {"$k":[<keys>], "p":{<properties>}} JSON object
//	array      *types.Array     *sjson.arrayType     {"t":"array", "i": [<item 1>, <item 2>]}                 JSON array
//
// Scalar types
//
//	Alias      types package    sjson package         sjson schema                           JSON representation
//
//	double     float64          *sjson.doubleType     {"t":"double"}                         JSON number
//	string     string           *sjson.stringType     {"t":"string"}                         JSON string
//	binData    types.Binary     *sjson.binaryType     {"t":"binData",
//	                                                   "s":<subtype number>}                 "<base 64 string>"
//	objectId   types.ObjectID   *sjson.objectIDType   {"t":"objectId"}                       "<ObjectID as 24 character hex string>"
//	bool       bool             *sjson.boolType       {"t":"bool"}                           JSON true / false values
//	date       time.Time        *sjson.dateTimeType   {"t":"date"}                           milliseconds since epoch as JSON number
//	null       types.NullType   *sjson.nullType       {"t":"null"}                           JSON null
//	regex      types.Regex      *sjson.regexType      {"t":"regex",
//	                                                   "o": "<string w/o terminating 0x0>"}  "<string w/o terminating 0x0>"
//	int        int32            *sjson.int32Type      {"t":"int"}                            JSON number
//	timestamp  types.Timestamp  *sjson.timestampType  {"t":"timestamp"}                      JSON number
//	long       int64            *sjson.int64Type      {"t":"long"}                           JSON number
//
//nolint:lll // for readability
package sjson

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/AlekSi/pointer"

	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// sjsontype is a type that can be marshaled from/to sjson.
//
//sumtype:decl
type sjsontype interface {
	sjsontype() // seal for sumtype

	json.Marshaler
}

// checkConsumed returns error if decoder or reader have buffered or unread data.
func checkConsumed(dec *json.Decoder, r *bytes.Reader) error {
	if dr := dec.Buffered().(*bytes.Reader); dr.Len() != 0 {
		b, _ := io.ReadAll(dr)

		if l := len(b); l != 0 {
			return lazyerrors.Errorf("%d bytes remains in the decoder: %s", l, b)
		}
	}

	if l := r.Len(); l != 0 {
		b, _ := io.ReadAll(r)
		return lazyerrors.Errorf("%d bytes remains in the reader: %s", l, b)
	}

	return nil
}

// fromSJSON converts sjsontype value to matching built-in or types' package value.
func fromSJSON(v sjsontype) any {
	switch v := v.(type) {
	case *documentType:
		return pointer.To(types.Document(*v))
	case *arrayType:
		return pointer.To(types.Array(*v))
	case *doubleType:
		return float64(*v)
	case *stringType:
		return string(*v)
	case *binaryType:
		return types.Binary(*v)
	case *objectIDType:
		return types.ObjectID(*v)
	case *boolType:
		return bool(*v)
	case *dateTimeType:
		return time.Time(*v)
	case *nullType:
		return types.Null
	case *regexType:
		return types.Regex(*v)
	case *int32Type:
		return int32(*v)
	case *timestampType:
		return types.Timestamp(*v)
	case *int64Type:
		return int64(*v)
	}

	panic(fmt.Sprintf("not reached: %T", v)) // for sumtype to work
}

// toSJSON converts built-in or types' package value to sjsontype value.
func toSJSON(v any) sjsontype {
	switch v := v.(type) {
	case *types.Document:
		return pointer.To(documentType(*v))
	case *types.Array:
		return pointer.To(arrayType(*v))
	case float64:
		return pointer.To(doubleType(v))
	case string:
		return pointer.To(stringType(v))
	case types.Binary:
		return pointer.To(binaryType(v))
	case types.ObjectID:
		return pointer.To(objectIDType(v))
	case bool:
		return pointer.To(boolType(v))
	case time.Time:
		return pointer.To(dateTimeType(v))
	case types.NullType:
		return pointer.To(nullType(v))
	case types.Regex:
		return pointer.To(regexType(v))
	case int32:
		return pointer.To(int32Type(v))
	case types.Timestamp:
		return pointer.To(timestampType(v))
	case int64:
		return pointer.To(int64Type(v))
	}

	panic(fmt.Sprintf("not reached: %T", v)) // for sumtype to work
}

// Unmarshal decodes the top-level document.
// It decodes document's schema from the `$s` field and uses it to decode the data of the document.
func Unmarshal(data []byte) (*types.Document, error) {
	if d, ok := unmarshalStored(data); ok {
		return d, nil
	}

	var v map[string]json.RawMessage
	r := bytes.NewReader(data)
	dec := json.NewDecoder(r)

	if err := dec.Decode(&v); err != nil {
		return nil, lazyerrors.Error(err)
	}

	if err := checkConsumed(dec, r); err != nil {
		return nil, lazyerrors.Error(err)
	}

	// decode schema from the $s field of the document
	jsch, ok := v["$s"]
	if !ok {
		return nil, lazyerrors.Errorf("schema is not set")
	}

	sch, err := parsedSchema(jsch)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	delete(v, "$s")

	// decode data from the rest of the document using the schema
	if len(sch.Keys) != len(v) {
		return nil, lazyerrors.Errorf(
			"sjson.Unmarshal: the data must have the same number of schema keys and document fields (keys: %d, fields: %d)",
			len(sch.Keys), len(v),
		)
	}

	d := must.NotFail(types.NewDocument())

	for _, key := range sch.Keys {
		b, ok := v[key]

		if !ok {
			return nil, lazyerrors.Errorf("sjson.Unmarshal: missing key %q", key)
		}

		v, err := unmarshalSingleValue(b, sch.Properties[key])
		if err != nil {
			return nil, lazyerrors.Error(err)
		}

		d.Set(key, v)
	}

	return d, nil
}

// unmarshalSingleValue decodes the given sjson-encoded data element by the given schema.
func unmarshalSingleValue(data json.RawMessage, sch *elem) (any, error) {
	if bytes.Equal(data, []byte("null")) {
		return fromSJSON(new(nullType)), nil
	}

	if sch == nil {
		return nil, lazyerrors.Errorf("schema is not set")
	}

	if v, ok := fastScalar(data, sch.Type); ok {
		return v, nil
	}

	if v, ok := fastNested(data, sch); ok {
		return v, nil
	}

	var res sjsontype
	var err error

	switch sch.Type {
	case elemTypeObject:
		if sch.Schema == nil {
			return nil, lazyerrors.Errorf("sjson.unmarshalSingleValue: schema is not set")
		}

		var d documentType
		err = d.UnmarshalJSONWithSchema(data, sch.Schema)
		res = &d
	case elemTypeArray:
		if sch.Items == nil {
			return nil, lazyerrors.Errorf("sjson.unmarshalSingleValue: schema's items are not set")
		}

		var a arrayType
		err = a.UnmarshalJSONWithSchema(data, sch.Items)
		res = &a
	case elemTypeDouble:
		var d doubleType
		err = d.UnmarshalJSON(data)
		res = &d
	case elemTypeString:
		var s stringType
		err = s.UnmarshalJSON(data)
		res = &s
	case elemTypeBinData:
		var b binaryType
		err = b.UnmarshalJSONWithSchema(data, sch)
		res = &b
	case elemTypeObjectID:
		var o objectIDType
		err = o.UnmarshalJSON(data)
		res = &o
	case elemTypeBool:
		var b boolType
		err = b.UnmarshalJSON(data)
		res = &b
	case elemTypeDate:
		var d dateTimeType
		err = d.UnmarshalJSON(data)
		res = &d
	case elemTypeNull:
		return nil, lazyerrors.Errorf("sjson.unmarshalSingleValue: expected null, got %s", data)
	case elemTypeRegex:
		var r regexType
		err = r.UnmarshalJSONWithSchema(data, sch)
		res = &r
	case elemTypeInt:
		var i int32Type
		err = i.UnmarshalJSON(data)
		res = &i
	case elemTypeTimestamp:
		var t timestampType
		err = t.UnmarshalJSON(data)
		res = &t
	case elemTypeLong:
		var l int64Type
		err = l.UnmarshalJSON(data)
		res = &l
	default:
		return nil, lazyerrors.Errorf("sjson.unmarshalSingleValue: unhandled type %q", sch.Type)
	}

	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	return fromSJSON(res), nil
}

// Marshal encodes given document fields and set its schema in the field $s.
// Use it when you need to encode a document with schema, for example, when you want to store it in a database.
func Marshal(d *types.Document) ([]byte, error) {
	if d == nil {
		panic("v is nil")
	}

	schema, err := marshalSchemaForDoc(d)
	if err != nil {
		return nil, err
	}

	var buf bytes.Buffer

	buf.WriteString(`{"$s":`)
	buf.Write(schema)

	keys := d.Keys()
	values := d.Values()

	for i, key := range keys {
		buf.WriteByte(',')
		buf.WriteString(`"`)
		buf.WriteString(key)
		buf.WriteString(`":`)

		b, err := toSJSON(values[i]).MarshalJSON()
		if err != nil {
			return nil, lazyerrors.Error(err)
		}

		buf.Write(b)
	}

	buf.WriteByte('}')

	return buf.Bytes(), nil
}

// MarshalSingleValue encodes given built-in or types' package value into sjson.
// Use it when you need to encode a single value, for example in a where clause.
func MarshalSingleValue(v any) ([]byte, error) {
	if v == nil {
		panic("v is nil")
	}

	b, err := toSJSON(v).MarshalJSON()
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	return b, nil
}

// schemas keeps parsed document schemas by their JSON text (TrainAction patch, see the top of this file).
// Parsed schemas are only read after parsing.
var schemas = struct {
	sync.RWMutex
	m map[string]*schema
}{m: map[string]*schema{}}

const maxSchemas = 4096

func parsedSchema(jsch []byte) (*schema, error) {
	schemas.RLock()
	sch, ok := schemas.m[string(jsch)]
	schemas.RUnlock()

	if ok {
		return sch, nil
	}

	sch = new(schema)
	r := bytes.NewReader(jsch)
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()

	if err := dec.Decode(sch); err != nil {
		return nil, lazyerrors.Error(err)
	}

	if err := checkConsumed(dec, r); err != nil {
		return nil, lazyerrors.Error(err)
	}

	schemas.Lock()
	if len(schemas.m) >= maxSchemas {
		clear(schemas.m)
	}
	schemas.m[string(jsch)] = sch
	schemas.Unlock()

	return sch, nil
}

// fastScalar decodes the common scalar kinds from their bytes; ok is false when the stock path must decide
// (escapes, unusual forms, other kinds), so every error still comes from the stock decoders.
func fastScalar(data []byte, t elemType) (any, bool) {
	switch t {
	case elemTypeString:
		if s, ok := plainString(data); ok {
			return s, true
		}
	case elemTypeObjectID:
		if s, ok := plainString(data); ok && len(s) == 2*types.ObjectIDLen {
			var id types.ObjectID
			if _, err := hex.Decode(id[:], []byte(s)); err == nil {
				return id, true
			}
		}
	case elemTypeDate:
		if n, err := strconv.ParseInt(string(data), 10, 64); err == nil {
			return time.UnixMilli(n), true
		}
	case elemTypeInt:
		if n, err := strconv.ParseInt(string(data), 10, 32); err == nil {
			return int32(n), true
		}
	case elemTypeLong:
		if n, err := strconv.ParseInt(string(data), 10, 64); err == nil {
			return n, true
		}
	case elemTypeBool:
		switch string(data) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}

	return nil, false
}

// plainString returns a JSON string's text when it has no escapes and is valid UTF-8 (as json.Marshal writes).
func plainString(data []byte) (string, bool) {
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return "", false
	}

	inner := data[1 : len(data)-1]
	for _, c := range inner {
		if c == '\\' || c == '"' || c < 0x20 {
			return "", false
		}
	}

	if !utf8.Valid(inner) {
		return "", false
	}

	return string(inner), true
}

// unmarshalStored decodes a document as Marshal writes it, without a map; ok is false when the stock path
// must decide (another layout, unusual keys, any error).
func unmarshalStored(data []byte) (*types.Document, bool) {
	fields, ok := splitObject(data)
	if !ok || len(fields) == 0 || fields[0].key != "$s" {
		return nil, false
	}

	sch, err := parsedSchema(fields[0].value)
	if err != nil || len(sch.Keys) != len(fields)-1 {
		return nil, false
	}

	d := must.NotFail(types.NewDocument())

	for i, key := range sch.Keys {
		f := fields[i+1]
		if f.key != key {
			return nil, false
		}

		v, err := unmarshalSingleValue(f.value, sch.Properties[key])
		if err != nil {
			return nil, false
		}

		d.Set(key, v)
	}

	return d, true
}

// fastNested decodes a nested document or array as Marshal writes it (a document's keys in its schema's order)
// without encoding/json (courses hold modules of lessons: most of their bytes); ok is false when the stock
// decoders must decide, so every error still comes from them.
func fastNested(data []byte, sch *elem) (any, bool) {
	switch sch.Type {
	case elemTypeObject:
		if sch.Schema == nil || len(sch.Schema.Keys) == 0 {
			return nil, false
		}

		fields, ok := splitObject(data)
		if !ok || len(fields) != len(sch.Schema.Keys) {
			return nil, false
		}

		d := must.NotFail(types.NewDocument())

		for i, key := range sch.Schema.Keys {
			if fields[i].key != key {
				return nil, false
			}

			v, err := unmarshalSingleValue(fields[i].value, sch.Schema.Properties[key])
			if err != nil {
				return nil, false
			}

			d.Set(key, v)
		}

		return d, true
	case elemTypeArray:
		items, ok := splitArrayValues(data)
		if !ok || len(items) != len(sch.Items) {
			return nil, false
		}

		a := types.MakeArray(len(items))

		for i, item := range items {
			v, err := unmarshalSingleValue(item, sch.Items[i])
			if err != nil {
				return nil, false
			}

			a.Append(v)
		}

		return a, true
	}

	return nil, false
}

// splitArrayValues splits a JSON array into its raw values, in order (each is decoded, and so checked, by its
// own decoder).
func splitArrayValues(data []byte) ([][]byte, bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return nil, false
	}

	var items [][]byte

	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return items, skipSpace(data, i+1) == len(data)
	}

	for {
		end, ok := skipValue(data, i)
		if !ok {
			return nil, false
		}

		items = append(items, data[i:end])

		i = skipSpace(data, end)
		if i >= len(data) {
			return nil, false
		}

		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case ']':
			return items, skipSpace(data, i+1) == len(data)
		default:
			return nil, false
		}
	}
}

type rawField struct {
	key   string
	value []byte
}

// splitObject splits a JSON object into its keys and raw values, in order. Keys must be plain strings;
// values are only delimited here (each is decoded, and so checked, by its own decoder).
func splitObject(data []byte) ([]rawField, bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil, false
	}

	fields := make([]rawField, 0, 16)

	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return fields, skipSpace(data, i+1) == len(data)
	}

	for {
		end, ok := skipValue(data, i)
		if !ok {
			return nil, false
		}

		key, ok := plainString(data[i:end])
		if !ok {
			return nil, false
		}

		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return nil, false
		}

		start := skipSpace(data, i+1)

		if end, ok = skipValue(data, start); !ok {
			return nil, false
		}

		fields = append(fields, rawField{key: key, value: data[start:end]})

		i = skipSpace(data, end)
		if i >= len(data) {
			return nil, false
		}

		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			return fields, skipSpace(data, i+1) == len(data)
		default:
			return nil, false
		}
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}

	return i
}

// skipValue returns the end of the JSON value starting at i: a string, an object or array (with the strings
// in them), or a literal or number up to the next delimiter.
func skipValue(data []byte, i int) (int, bool) {
	if i >= len(data) {
		return 0, false
	}

	depth := 0

	for j := i; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			for j++; j < len(data) && data[j] != '"'; j++ {
				if data[j] == '\\' {
					j++
				}
			}

			if j >= len(data) {
				return 0, false
			}

			if depth == 0 {
				return j + 1, true
			}
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth == 0 {
				return j, j > i
			}

			if depth--; depth == 0 {
				return j + 1, true
			}
		case depth == 0 && (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return j, j > i
		}
	}

	return len(data), depth == 0
}
