// Every worker waits for a job that is never sent and main waits for the
// workers: all goroutines are asleep.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		fmt.Println(id, j)
	}
}

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, jobs, &wg)
	}
	// forgot: send jobs and close(jobs)
	wg.Wait()
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.WaitGroup.Wait]:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.main()
// 	all_workers_blocked.go:25
//
// goroutine 2 [chan receive]:
// main.worker(0x0?, 0x0?, 0x0?)
// 	all_workers_blocked.go:12
// created by main.main in goroutine 1
// 	all_workers_blocked.go:22
//
// goroutine 3 [chan receive]:
// main.worker(0x0?, 0x0?, 0x0?)
// 	all_workers_blocked.go:12
// created by main.main in goroutine 1
// 	all_workers_blocked.go:22
//
// goroutine 4 [chan receive]:
// main.worker(0x0?, 0x0?, 0x0?)
// 	all_workers_blocked.go:12
// created by main.main in goroutine 1
// 	all_workers_blocked.go:22
