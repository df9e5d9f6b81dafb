// The world of this lesson: the payment API's clients, its auth service and
// its ledger. Do not edit it; fix main.go. The grader starts it with other
// requests and latencies (the defaults are the story's):
//
//	-requests=alice:30,bob:12,carol:7,dave:50   user:amount, one request each, in arrival order
//	-latency=10ms                                base latency of the auth service and the ledger
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A Request is one call to the payment API. The Token says who calls;
// Authenticate turns it into the user's name.
type Request struct {
	ID     int
	Token  string
	Amount int
}

type apiWorld struct {
	users    []string
	amounts  []int
	latency  time.Duration
	mu       sync.Mutex
	balances map[string]int
}

var api = openAPI(os.Args[1:])

func openAPI(args []string) *apiWorld {
	w := &apiWorld{latency: 10 * time.Millisecond, balances: map[string]int{}}
	spec := "alice:30,bob:12,carol:7,dave:50"
	for _, a := range args {
		key, val, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch key {
		case "requests":
			spec = val
		case "latency":
			w.latency, _ = time.ParseDuration(val)
		}
	}
	for _, item := range strings.Split(spec, ",") {
		user, amount, _ := strings.Cut(item, ":")
		n, _ := strconv.Atoi(amount)
		w.users = append(w.users, user)
		w.amounts = append(w.amounts, n)
	}
	return w
}

// Requests returns the requests that arrive at the API, in arrival order.
func Requests() []Request {
	reqs := make([]Request, len(api.users))
	for i := range reqs {
		reqs[i] = Request{ID: i + 1, Token: fmt.Sprintf("tok-%d", 7*i+3), Amount: api.amounts[i]}
	}
	return reqs
}

// Authenticate asks the auth service whose token this is. Some tokens take
// longer to check than others.
func Authenticate(token string) string {
	n, _ := strconv.Atoi(strings.TrimPrefix(token, "tok-"))
	i := (n - 3) / 7
	time.Sleep(api.latency * time.Duration(1+(len(api.users)-i)%3))
	if i < 0 || i >= len(api.users) {
		return "nobody"
	}
	return api.users[i]
}

// Charge debits amount from user's account in the ledger.
func Charge(user string, amount int) {
	time.Sleep(api.latency / 2)
	api.mu.Lock()
	api.balances[user] += amount
	api.mu.Unlock()
}

// PrintLedger prints what the ledger charged each user, by name.
func PrintLedger() {
	api.mu.Lock()
	defer api.mu.Unlock()
	names := make([]string, 0, len(api.balances))
	for name := range api.balances {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("ledger: %s charged %d\n", name, api.balances[name])
	}
}
