// What the world exports: a fix may use all of it.
package main

import "fmt"

type Mine struct{ *Shop } // embedding an exported world type

func main() {
	s := NewShop()
	fmt.Println(Greeting, s.Name, s.Open(), s.Hidden())
	m := Mine{s}
	fmt.Println(m.Name, m.Hidden())
	var c Closer = s // the world's interface, the world's type
	CloseAll(c, m)
	p := Pair{A: 1}
	fmt.Println(p.A)
	_, ok := any(s).(interface{ close() string }) // a close of the fix's own is another method
	fmt.Println("own close:", ok)
}
