// Writes the audit record into the store itself, right away: no goroutine.
package main

func handle(req *Request) {
	Charge(req)
	store.mu.Lock()
	store.records = append(store.records, *req)
	store.mu.Unlock()
}

func closeServer() {
}
