package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	w := byLen{"banana", "kiwi", "apple", "fig"}
	sort.Sort(w)
	fmt.Println(w)
	sort.Stable(sort.Reverse(w))
	fmt.Println(w, sort.IsSorted(w))
}

// Output:
// [fig kiwi apple banana]
// [banana apple kiwi fig] false
