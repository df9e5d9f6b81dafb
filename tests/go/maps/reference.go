package main

import "fmt"

func add(m map[string]int, k string) { m[k] = len(k) }

func main() {
	m := map[string]int{}
	alias := m
	add(m, "four")
	alias["six666"] = 0
	fmt.Println(m, alias, len(m))
	bm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bm)
	fm := map[float64]int{2.5: 1, -1: 2}
	fmt.Println(fm)
	im := map[interface{}]int{1: 1, "a": 2}
	fmt.Println(im[1], im["a"], len(im))
}

// Output:
// map[four:4 six666:0] map[four:4 six666:0] 2
// map[false:no true:yes]
// map[-1:2 2.5:1]
// 1 2 2
