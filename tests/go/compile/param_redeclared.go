package main

func f(x int) (r int) {
	var x int // ERROR "x redeclared in this block"
	r := 1 // ERROR "no new variables on left side of :="
	return x
}

func main() { f(1) }
