// The world of this lesson: the payment server, its requests and the audit
// store. You do not edit it. The grader starts it with other traffic
// (the defaults are the story's):
//
//	-requests=ann:120,bob:75,cy:300,dee:42,eve:999   user:amount, in order
//	-charge=20ms     time to charge one payment
//	-audit=30ms      time to connect to the audit store before a save
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A Request is one payment request. The server reuses one Request for every
// request it reads (as a buffer from a pool would be reused).
type Request struct {
	ID     int
	User   string
	Amount int
}

var (
	chargeTime = durationArg("charge", 20*time.Millisecond)
	auditTime  = durationArg("audit", 30*time.Millisecond)
)

// Charge charges the payment of r.
func Charge(r *Request) {
	time.Sleep(chargeTime)
	fmt.Printf("request %d: charged %s %d\n", r.ID, r.User, r.Amount)
}

// The audit store: every payment must have its record, with its own user and
// amount.
var store struct {
	mu      sync.Mutex
	records []Request
}

// SaveAudit saves the record of r in the audit store: it opens the record
// under r's id, connects, then writes r's user and amount.
func SaveAudit(r *Request) {
	id := r.ID
	time.Sleep(auditTime)
	rec := Request{ID: id, User: r.User, Amount: r.Amount}
	store.mu.Lock()
	store.records = append(store.records, rec)
	store.mu.Unlock()
}

func main() {
	var traffic []Request
	for i, item := range strings.Split(stringArg("requests", "ann:120,bob:75,cy:300,dee:42,eve:999"), ",") {
		user, amount, _ := strings.Cut(item, ":")
		n, _ := strconv.Atoi(amount)
		traffic = append(traffic, Request{ID: i + 1, User: user, Amount: n})
	}
	req := &Request{} // reused for every request
	for _, in := range traffic {
		*req = in
		handle(req)
	}
	closeServer()

	store.mu.Lock()
	defer store.mu.Unlock()
	audited := map[int]bool{}
	wrong := 0
	for _, rec := range store.records {
		if rec.ID < 1 || rec.ID > len(traffic) || traffic[rec.ID-1] != rec || audited[rec.ID] {
			wrong++
			continue
		}
		audited[rec.ID] = true
	}
	fmt.Printf("server closed; audit store: %d of %d payments audited, %d wrong records\n",
		len(audited), len(traffic), wrong)
}

func stringArg(name, def string) string {
	for _, arg := range os.Args[1:] {
		if strings.HasPrefix(arg, "-"+name+"=") {
			return strings.TrimPrefix(arg, "-"+name+"=")
		}
	}
	return def
}

func durationArg(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(stringArg(name, "")); err == nil {
		return d
	}
	return def
}
