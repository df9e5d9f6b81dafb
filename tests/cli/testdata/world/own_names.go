// A fix's own names that the world declares privately too: in Go they would
// be two packages' names, and each side sees its own.
package main

import "fmt"

var db = "mine"

type secret int

type inner struct{ label string }

func (i inner) peek() string { return "own " + i.label }

func main() {
	s := NewShop()
	fmt.Println(s.Open(), db, secret(3), inner{"peek"}.peek())
	fmt.Println("world:", Secret())
	CloseAll(s)
}
