package main

import "fmt"

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry"}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	fmt.Println(len(groups["a"]), groups["z"] == nil)
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{"outer": {"inner": 1}}
	nested["outer"]["x"] = 2
	fmt.Println(nested)
}

// Output:
// map[a:[apple avocado] b:[banana blueberry] c:[cherry]]
// 2 true
// map[101:1 104:1 108:2 111:1]
// map[outer:map[inner:1 x:2]]
