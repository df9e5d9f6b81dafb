// No goroutine, no race, no leak: no audit either.
package main

func handle(req *Request) {
	Charge(req)
}

func closeServer() {
}
