// The API server's world: the traffic, the request deadlines the server
// framework sets, and the database (its connection pool and how long each
// query takes). Not yours to edit: the grader runs other traffic, pools,
// latencies and deadlines.
//
// Arguments (defaults: the story's server):
//
//	-requests=20            how many requests arrive
//	-every=50ms             one request arrives every ...
//	-deadline=200ms         each request's deadline (its ctx)
//	-deadlines=1:500ms,...  other deadlines for some request ids
//	-conns=3                database connections in the pool
//	-fast=30ms              a normal query's time
//	-slow=3s                a slow query's time
//	-slowids=4,8,12         which requests' queries are slow (default: every fourth)
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Pool is the database's connection pool: send to take a connection,
// receive to give it back.
var Pool chan struct{}

var (
	requests  = 20
	every     = 50 * time.Millisecond
	deadline  = 200 * time.Millisecond
	deadlines []time.Duration // by request id; 0: the default deadline
	fast      = 30 * time.Millisecond
	slow      = 3 * time.Second
	slowIDs   []bool // by request id; nil: every fourth request
)

// Latency is how long the database takes to run request id's query.
func Latency(id int) time.Duration {
	if slowIDs == nil && id%4 == 0 || id < len(slowIDs) && slowIDs[id] {
		return slow
	}
	return fast
}

func main() {
	configure()
	replies := make(chan string, requests)
	for id := 1; id <= requests; id++ {
		d := deadline
		if id < len(deadlines) && deadlines[id] > 0 {
			d = deadlines[id]
		}
		ctx, cancel := context.WithTimeout(context.Background(), d)
		go func() {
			reply := handle(ctx, id)
			cancel() // the request is over
			replies <- reply
		}()
		time.Sleep(every)
	}
	count := map[string]int{}
	for i := 0; i < requests; i++ {
		count[<-replies]++
	}
	fmt.Printf("ok %d, timeout %d\n", count["ok"], count["timeout"])
}

func configure() {
	conns := 3
	for _, arg := range os.Args[1:] {
		key, value, _ := strings.Cut(strings.TrimPrefix(arg, "-"), "=")
		d, _ := time.ParseDuration(value)
		n, _ := strconv.Atoi(value)
		switch key {
		case "requests":
			requests = n
		case "every":
			every = d
		case "deadline":
			deadline = d
		case "deadlines":
			for _, kv := range strings.Split(value, ",") {
				id, dur, _ := strings.Cut(kv, ":")
				i, _ := strconv.Atoi(id)
				for len(deadlines) <= i {
					deadlines = append(deadlines, 0)
				}
				deadlines[i], _ = time.ParseDuration(dur)
			}
		case "conns":
			conns = n
		case "fast":
			fast = d
		case "slow":
			slow = d
		case "slowids":
			slowIDs = []bool{}
			for _, id := range strings.Split(value, ",") {
				i, _ := strconv.Atoi(id)
				for len(slowIDs) <= i {
					slowIDs = append(slowIDs, false)
				}
				slowIDs[i] = true
			}
		}
	}
	Pool = make(chan struct{}, conns)
}
