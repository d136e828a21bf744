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

// Package resource provides utilities for tracking resource lifetimes.
package resource

// Token should be a field of a tracked object.
//
// The underlying type is not struct{} because (from the Go spec)
// "Two distinct zero-size variables may have the same address in memory",
// and they do.
type Token byte

// NewToken returns a new Token.
func NewToken() *Token {
	return new(Token)
}

// Track would track the lifetime of an object until Untrack is called on it.
//
// TrainAction patch (issue 19): stock FerretDB records every tracked object (each iterator and cursor of
// each query) in a pprof profile with its creation stack and sets a finalizer that panics when the object
// is collected unclosed: a leak detector for FerretDB's own tests. On every query it cost the engine about
// 11% of its CPU (runtime.Callers, pprof.Profile.Add) plus finalizers for the garbage collector, and a missed
// Close would take the whole server down. Here it does nothing.
func Track(obj any, token *Token) {}

// Untrack stops tracking the lifetime of an object.
//
// It is safe to call this function multiple times.
func Untrack(obj any, token *Token) {}
