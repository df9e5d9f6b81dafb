// Concurrent transfers under one mutex keep the total constant.
package main

import (
	"fmt"
	"sync"
)

type bank struct {
	mu       sync.Mutex
	balances map[string]int
}

func (b *bank) transfer(from, to string, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balances[from] < amount {
		return false
	}
	b.balances[from] -= amount
	b.balances[to] += amount
	return true
}

func (b *bank) total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.balances {
		t += v
	}
	return t
}

func main() {
	b := &bank{balances: map[string]int{"alice": 100, "bob": 100, "carol": 100}}
	names := []string{"alice", "bob", "carol"}
	var wg sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			b.transfer(names[i%3], names[(i+1)%3], i%7)
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", b.total())
}

// Output:
// total: 300
