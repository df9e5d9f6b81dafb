// Copies the request; each save reports on a channel, closeServer counts
// the reports.
package main

var (
	saved   = make(chan int, 64)
	started int
)

func handle(req *Request) {
	rec := *req
	started++
	go func() {
		SaveAudit(&rec)
		saved <- rec.ID
	}()
	Charge(req)
}

func closeServer() {
	for i := 0; i < started; i++ {
		<-saved
	}
}
