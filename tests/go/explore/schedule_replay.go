// gorolab run --schedule replays a schedule string printed by gorolab explore
// (here: `gorolab explore FILE --exhaustive`). With the default seed this
// program prints "done"; under this schedule both withdrawals pass the
// check before either subtracts, and the balance goes negative.
// Flags: --schedule v1-1-1*2.2*2.3*6.2
// Exit: 2
// Stderr:
// panic: overdrawn: balance -50
//
// goroutine 1 [running]:
// main.main()
// 	schedule_replay.go:43 +0x0
// exit status 2
package main

import (
	"fmt"
	"sync"
)

var balance = 100

func withdraw(n int, mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	ok := balance >= n
	mu.Unlock()
	if ok {
		mu.Lock()
		balance -= n
		mu.Unlock()
	}
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go withdraw(80, &mu, &wg)
	go withdraw(70, &mu, &wg)
	wg.Wait()
	if balance < 0 {
		panic(fmt.Sprintf("overdrawn: balance %d", balance))
	}
	fmt.Println("done")
}
