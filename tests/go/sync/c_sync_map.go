// sync.Map is safe for concurrent use: goroutines store, LoadOrStore keeps
// the first value.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprint("k", i), i*i)
			m.LoadOrStore("first", "set once")
		}(i)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	m.Delete("k3")
	_, ok = m.Load("k3")
	fmt.Println(ok)
}

// Output:
// [first=set once k0=0 k1=1 k2=4 k3=9 k4=16]
// 9 true
// false
