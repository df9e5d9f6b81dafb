// A check-then-act bug: each withdrawal checks the balance under the lock,
// releases it, and only then takes the lock again to subtract. With the
// default seed the two withdrawals do not interleave and the program prints
// "done"; `gorolab explore` finds the schedule that overdraws the account.
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
