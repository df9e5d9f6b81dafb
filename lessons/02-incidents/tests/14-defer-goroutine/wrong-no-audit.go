// No goroutine, no race, no leak: no audit either.
package main

func handle(req *Request) {
	charge(req)
}

func closeServer() {
}
