// Go's mutexes are not reentrant: a function that locks and then calls
// another that locks the same mutex deadlocks.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	fmt.Println("new balance", a.Balance())
}

func main() {
	a := &account{}
	a.Deposit(10)
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.Mutex.Lock]:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// main.(*account).Balance(0x100c000058000?)
// 	mutex_locked_twice.go:16
// main.(*account).Deposit(0x488580?, 0xc0000061a0?)
// 	mutex_locked_twice.go:25
// main.main()
// 	mutex_locked_twice.go:30
