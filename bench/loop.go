// loop: a tight counted loop. Measures raw dispatch of the simplest
// instructions: compare, branch, add, and.
package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 50000000; i++ {
		s += i & 7
	}
	fmt.Println(s)
}
