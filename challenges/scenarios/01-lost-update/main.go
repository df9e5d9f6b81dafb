package main

import (
	"fmt"
	"sync"
)

// visits counts the page's visitors. Each visitor reads it, logs, and
// writes it back: counter++ in two steps, with a log line in between.
var visits int

func visit(name string, wg *sync.WaitGroup) {
	defer wg.Done()
	n := visits
	fmt.Println(name, "read", n)
	visits = n + 1
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go visit("alice", &wg)
	go visit("bob", &wg)
	wg.Wait()
	fmt.Println("visits:", visits)
}
