// Composite literals of world types with private fields.
package main

import "fmt"

func main() {
	a := Pair{A: 1, b: 2}
	b := Pair{3, 4}
	fmt.Println(a, b, NewShop().Open())
}

// want: 7:18: cannot refer to field b in a literal of type Pair: it is private to the lesson's world (world.go:27:2)
// want: 8:15: implicit assignment to field b in a literal of type Pair: it is private to the lesson's world (world.go:27:2)
