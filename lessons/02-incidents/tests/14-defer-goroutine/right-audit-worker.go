// One audit writer goroutine for the whole server, fed copies of the
// requests; closeServer closes its queue and waits until it has drained.
package main

import "sync"

var (
	startOnce sync.Once
	audits    chan Request
	drained   chan struct{}
)

func auditWriter() {
	defer close(drained)
	for rec := range audits {
		SaveAudit(&rec)
	}
}

func handle(req *Request) {
	startOnce.Do(func() {
		audits = make(chan Request, 16)
		drained = make(chan struct{})
		go auditWriter()
	})
	defer func() { audits <- *req }()
	Charge(req)
}

func closeServer() {
	startOnce.Do(func() {}) // no request at all: nothing was started
	if audits != nil {
		close(audits)
		<-drained
	}
}
