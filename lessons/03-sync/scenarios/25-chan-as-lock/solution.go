// A download mirror counts the KiB it serves. world.go runs the clients: each
// finished download calls record(size), and a monitor reads total() while
// the downloads go on.
//
// A counter needs mutual exclusion, and that is what a sync.Mutex says.
// (A channel with a buffer of exactly one also excludes, at a higher cost;
// for one number, atomic.Int64's Add is simplest of all.)
package main

import "sync"

var mu sync.Mutex
var served int // KiB served, guarded by mu

// record adds one finished download of size KiB.
func record(size int) {
	mu.Lock()
	served += size
	mu.Unlock()
}

// total is the KiB served so far.
func total() int {
	mu.Lock()
	defer mu.Unlock()
	return served
}
