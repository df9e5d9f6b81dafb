// A download mirror counts the KiB it serves (see world.go).
package main

var served int

func record(size int) {
	lock := make(chan struct{}, 1) // a buffer of one: a correct lock
	lock <- struct{}{}
	served += size
	<-lock
}

func total() int {
	lock := make(chan struct{}, 1)
	lock <- struct{}{}
	n := served
	<-lock
	return n
}
