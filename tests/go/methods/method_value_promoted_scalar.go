// Method values of a pointer method promoted from an embedded scalar bind
// the field's address.
package main

import "fmt"

type C int

func (c *C) g() string {
	*c += 10
	return fmt.Sprint("C.g ", int(*c))
}

type B struct{ C }
type A struct{ B }

func main() {
	var a A
	h := a.g
	fmt.Println(h(), a.C)
	p := &a
	k := p.g
	fmt.Println(k(), a.C)
}

// Output:
// C.g 10 10
// C.g 20 20
