// Package initialisation follows dependencies through method bodies (Go's
// test/fixedbugs/bug446.go); an import used only in a typed package
// variable's initialiser is used (Go's test/floatcmp.go).
package main

import (
	"fmt"
	"math"
	"strings"
)

type T int

func (r T) Method1() int { return a }
func (r T) Method2() int { return b }

var dummy1 = T(0).Method1()
var dummy2 = T.Method2(0)
var a = identity(1)
var b = identity(2)

var nan float64 = math.NaN()
var up string = strings.ToUpper("x")

func identity(a int) int {
	fmt.Println("init", a)
	return a
}

func main() {
	fmt.Println(dummy1, dummy2, nan != nan, up)
}

// Output:
// init 1
// init 2
// 1 2 true X
