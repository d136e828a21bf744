// TrainAction addition (tools/embedded-db/_patches/update_lock.go), not part of FerretDB.
//
// FerretDB 1.24 updates a document by reading it, applying the update in Go and writing it back, with nothing
// between the read and the write: two concurrent updates of one document both read the old version and the
// second write loses the first one's change (two $addToSet, two $inc), and a conditional update matched by
// two callers is applied twice. MongoDB applies each single-document update atomically. Every API node talks
// to this one process, so holding a lock per collection from the read to the write of each update statement
// and each findAndModify (msg_update.go, msg_findandmodify.go) gives the same guarantee. SQLite takes one
// writer at a time anyway; what the lock adds is the read of the statement's own documents.

package handler

import "sync"

var collectionLocks sync.Map // "db.collection" -> *sync.Mutex

// lockCollection holds the collection's update lock; the caller runs the returned function to release it.
func lockCollection(db, collection string) func() {
	m, _ := collectionLocks.LoadOrStore(db+"."+collection, new(sync.Mutex))
	mu := m.(*sync.Mutex)
	mu.Lock()

	return mu.Unlock
}
