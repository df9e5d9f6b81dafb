// A supervisor goroutine waits on a WaitGroup whose counter never reaches
// zero; main does not wait for the supervisor.
package main

import (
	"fmt"
	"sync"
	"time"
)

func supervise(wg *sync.WaitGroup, report chan<- string) {
	wg.Wait()
	report <- "all workers finished"
}

func main() {
	var wg sync.WaitGroup
	report := make(chan string, 1)
	wg.Add(2)
	go func() { defer wg.Done() }()
	go supervise(&wg, report)
	time.Sleep(time.Millisecond)
	fmt.Println("reports:", len(report))
}

// Output:
// reports: 0
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 3 in state sync.WaitGroup.Wait, with sync.(*WaitGroup).Wait on top of the stack:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.supervise(...)
// 	waitgroup_wait.go:12
// created by main.main in goroutine 1
// 	waitgroup_wait.go:21
// ]
