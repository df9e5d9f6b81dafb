// A download mirror counts the KiB it serves (see world.go).
package main

// "Nobody receives: start a goroutine that does."
var lock = make(chan struct{})
var served int

func init() {
	go func() {
		for range lock {
		}
	}()
}

func record(size int) {
	lock <- struct{}{} // someone always takes it now
	served += size
}

func total() int {
	lock <- struct{}{}
	return served
}
