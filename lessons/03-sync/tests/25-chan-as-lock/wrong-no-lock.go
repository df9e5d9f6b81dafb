// A download mirror counts the KiB it serves (see world.go).
package main

// "The lock deadlocks, so drop it: += is one statement."
var served int

func record(size int) { served += size }

func total() int { return served }
