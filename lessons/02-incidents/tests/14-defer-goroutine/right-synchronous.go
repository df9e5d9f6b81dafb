// The response waits for the audit: SaveAudit runs in handle itself.
package main

func handle(req *Request) {
	defer SaveAudit(req)
	Charge(req)
}

func closeServer() {
}
