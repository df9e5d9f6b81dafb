// Counts the saves in flight with a plain int and polls it at shutdown.
package main

import "time"

var pending int

func handle(req *Request) {
	rec := *req
	defer func() {
		pending++
		go func() {
			SaveAudit(&rec)
			pending--
		}()
	}()
	Charge(req)
}

func closeServer() {
	for pending > 0 {
		time.Sleep(time.Millisecond)
	}
}
