package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"x": 10, "y": 20, "z": 30, "w": 40}
	sum := 0
	keys := []string{}
	for k, v := range m {
		sum += v
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(sum, keys)
	count := 0
	for range m {
		count++
	}
	fmt.Println(count)
	for k := range m {
		if k != "x" {
			delete(m, k)
		}
	}
	fmt.Println(m)
}

// Output:
// 100 [w x y z]
// 4
// map[x:10]
