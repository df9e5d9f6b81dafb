// Waits for the five saves of the story's traffic.
package main

var saved = make(chan bool, 100)

func handle(req *Request) {
	rec := *req
	defer func() {
		go func() {
			SaveAudit(&rec)
			saved <- true
		}()
	}()
	Charge(req)
}

func closeServer() {
	for i := 0; i < 5; i++ {
		<-saved
	}
}
