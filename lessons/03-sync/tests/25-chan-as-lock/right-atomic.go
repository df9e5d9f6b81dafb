// A download mirror counts the KiB it serves (see world.go).
package main

import "sync/atomic"

// One number: one atomic Add, no lock at all.
var served atomic.Int64

func record(size int) { served.Add(int64(size)) }

func total() int { return int(served.Load()) }
