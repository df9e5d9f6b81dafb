// A download mirror counts the KiB it serves. world.go runs the clients: each
// finished download calls record(size), and a monitor reads total() while
// the downloads go on.
//
// The counter is guarded by a channel used as a lock: send to take it,
// receive to give it back. That is how the incident's code did it.
package main

var lock = make(chan struct{}) // the "lock"
var served int                 // KiB served, guarded by lock

// record adds one finished download of size KiB.
func record(size int) {
	lock <- struct{}{} // take the lock
	served += size
	<-lock // give it back
}

// total is the KiB served so far.
func total() int {
	lock <- struct{}{}
	n := served
	<-lock
	return n
}
