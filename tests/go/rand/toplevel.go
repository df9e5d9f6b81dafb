// The top-level functions draw from the run's seeded generator: values stay
// in range, and Perm is a permutation.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.Intn(10); n < 0 || n >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if n := rand.Int63n(3); n < 0 || n >= 3 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int31() < 0 || rand.Int63() < 0 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(10)
	sort.Ints(p)
	fmt.Println(p)
	seen := map[int]bool{}
	for i := 0; i < 200; i++ {
		seen[rand.Intn(5)] = true
	}
	fmt.Println("all values seen:", len(seen) == 5)
	rand.Seed(1) // a no-op since Go 1.24
	fmt.Println("done")
}

// Output:
// in range: true
// [0 1 2 3 4 5 6 7 8 9]
// all values seen: true
// done
