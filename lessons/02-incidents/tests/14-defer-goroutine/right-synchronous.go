// The response waits for the audit: saveAudit runs in handle itself.
package main

func handle(req *Request) {
	defer saveAudit(req)
	charge(req)
}

func closeServer() {
}
