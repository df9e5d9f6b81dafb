package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	fmt.Println(p.Z) // ERROR "p.Z undefined \(type P has no field or method Z\)"
}
