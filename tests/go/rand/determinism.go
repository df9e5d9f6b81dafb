// A Rand over NewSource(s) is a function of s alone (not of the run's
// --seed), and reseeding its Source restarts the sequence.
// Seed: 7
package main

import (
	"fmt"
	"math/rand"
)

func draw(r *rand.Rand) []int {
	out := make([]int, 6)
	for i := range out {
		out[i] = r.Intn(6) + 1
	}
	return out
}

func main() {
	fmt.Println(draw(rand.New(rand.NewSource(2024))))
	fmt.Println(draw(rand.New(rand.NewSource(2024))))
	src := rand.NewSource(3)
	r := rand.New(src)
	first := draw(r)
	src.Seed(3)
	fmt.Println(fmt.Sprint(first) == fmt.Sprint(draw(r)))
}

// Output:
// [6 3 3 5 3 4]
// [6 3 3 5 3 4]
// true
