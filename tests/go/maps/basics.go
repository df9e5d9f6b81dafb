package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["b"] = 2
	m["a"] = 1
	m["c"] = 3
	fmt.Println(m, len(m))
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)
	fmt.Println(m["missing"])
	delete(m, "b")
	delete(m, "nope")
	fmt.Println(m, len(m))
	m["a"] += 10
	m["new"]++
	fmt.Println(m)
	lit := map[int]string{3: "three", 1: "one", 2: "two"}
	fmt.Println(lit)
	if _, ok := lit[2]; ok {
		fmt.Println("has 2")
	}
}

// Output:
// map[a:1 b:2 c:3] 3
// 1 true
// 0 false
// 0
// map[a:1 c:3] 2
// map[a:11 c:3 new:1]
// map[1:one 2:two 3:three]
// has 2
