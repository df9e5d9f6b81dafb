package main

import (
	"fmt"
	"sync"
)

type Account struct {
	name    string
	mu      sync.Mutex
	balance int
}

// transfer locks the source, then the destination.
func transfer(from, to *Account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	to.mu.Lock()
	from.balance -= amount
	to.balance += amount
	to.mu.Unlock()
	from.mu.Unlock()
	fmt.Println("moved", amount, "from", from.name, "to", to.name)
}

func main() {
	a := &Account{name: "alice", balance: 100}
	b := &Account{name: "bob", balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go transfer(a, b, 10, &wg)
	go transfer(b, a, 20, &wg)
	wg.Wait()
	fmt.Println("alice:", a.balance, "bob:", b.balance)
}
