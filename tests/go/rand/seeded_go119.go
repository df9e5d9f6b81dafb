// Under Go 1.19 the global source starts seeded with 1, as it did then, and
// Seed reseeds it: the output matches go1.19.
// Flags: --go 1.19
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int63())
	rand.Seed(42)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Perm(5))
}

// Output:
// 81 87 6129484611666145821
// 5 87 [1 3 4 2 0]
