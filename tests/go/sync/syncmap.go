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
			m.Store(fmt.Sprintf("k%d", i), i*i)
		}(i)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	v, ok = m.Load("nope")
	fmt.Println(v, ok)
	a, loaded := m.LoadOrStore("k1", 100)
	fmt.Println(a, loaded)
	a, loaded = m.LoadOrStore("new", 7)
	fmt.Println(a, loaded)
	v, loaded = m.LoadAndDelete("new")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("new")
	fmt.Println(v, loaded)
	m.Delete("k0")
	_, ok = m.Load("k0")
	fmt.Println(ok)
	prev, loaded := m.Swap("k2", "four")
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("k2", "four", "FOUR"), m.CompareAndSwap("k2", "four", "x"))
	v, _ = m.Load("k2")
	fmt.Println(v)
	fmt.Println(m.CompareAndDelete("k2", "x"), m.CompareAndDelete("k2", "FOUR"))
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("stopped after", n)

	var empty sync.Map
	empty.Range(func(k, v any) bool { panic("empty") })
	empty.Delete("x")
	fmt.Println("zero Map ok")
}

// Output:
// [k0=0 k1=1 k2=4 k3=9 k4=16]
// 9 true
// <nil> false
// 1 true
// 7 false
// 7 true
// <nil> false
// false
// 4 true
// true false
// FOUR
// false true
// stopped after 1
// zero Map ok
