// Assigning to an existing entry stores the new key too (Go's
// needkeyupdate): +0 and -0 are the same key, and the map prints the one
// assigned last.
package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]string{}
	m[0] = "a"
	m[negz] = "b"
	fmt.Println(len(m), m)
	m[0] = "c"
	fmt.Println(len(m), m)
	i := map[interface{}]int{}
	i[0.0] = 1
	i[negz] = 2
	for k, v := range i {
		fmt.Println(math.Signbit(k.(float64)), v)
	}
}

// Output:
// 1 map[-0:b]
// 1 map[0:c]
// true 2
