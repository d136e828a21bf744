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

// TrainAction patch (tools/embedded-db/_patches/handler_wire.go): stock FerretDB set wire.CheckNaNs, so the
// wire library decoded every message again to look for NaNs, requests and replies alike: 7-13% of the engine's
// CPU on pages of documents (a 50-message page decoded twice). Stored documents cannot hold a NaN (requests
// carrying one were refused), so replies are no longer checked; requests are checked here, on the document the
// handler decodes anyway, and one with a NaN gets a BadValue error instead of the closed connection the wire
// check caused. Nothing else changed.

package handler

import (
	"math"

	"github.com/FerretDB/wire"

	"github.com/FerretDB/FerretDB/internal/bson"
	"github.com/FerretDB/FerretDB/internal/handler/handlererrors"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// hasNaN reports whether a request's value holds a float64 NaN at any depth.
func hasNaN(v any) bool {
	switch v := v.(type) {
	case float64:
		return math.IsNaN(v)
	case *types.Document:
		for _, f := range v.Values() {
			if hasNaN(f) {
				return true
			}
		}
	case *types.Array:
		for i := 0; i < v.Len(); i++ {
			if hasNaN(must.NotFail(v.Get(i))) {
				return true
			}
		}
	}

	return false
}

// opMsgDocument gets a raw document from section 0 and converts to [*types.Document].
// Then it iterates raw documents from sections 1 if any, appends them
// to the response using the section identifier as the key.
func opMsgDocument(msg *wire.OpMsg) (*types.Document, error) {
	res, err := bson.ToDocument(msg.RawSection0())
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	for _, section := range msg.Sections() {
		if section.Kind == 0 {
			continue
		}

		docs := section.Documents()
		a := types.MakeArray(len(docs))

		for _, d := range docs {
			var doc *types.Document

			if doc, err = bson.ToDocument(d); err != nil {
				return nil, lazyerrors.Error(err)
			}

			a.Append(doc)
		}

		res.Set(section.Identifier, a)
	}

	// The SQLite backend cannot store a NaN.
	if hasNaN(res) {
		return nil, handlererrors.NewCommandErrorMsg(handlererrors.ErrBadValue, "NaN values are not supported by the embedded database")
	}

	return res, nil
}

// documentOpMsg converts the document to [*wirebson.Document].
func documentOpMsg(doc *types.Document) (*wire.OpMsg, error) {
	return wire.NewOpMsg(must.NotFail(bson.FromDocument(doc)))
}
