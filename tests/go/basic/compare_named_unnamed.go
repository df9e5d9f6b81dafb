// A comparison's operands need only be assignable one to the other: a named
// array, struct or slice type compares with a value of its unnamed underlying
// type (Go's test/fixedbugs/issue23545.go).
package main

import "fmt"

const Size = 4

type OutputID [Size]interface{}
type Pair struct{ a, b int }
type NamedPair Pair
type IDs []int

func dummyID(x int) [Size]interface{} {
	var out [Size]interface{}
	out[0] = x
	return out
}

func Get() OutputID { return dummyID(1234) }

func main() {
	a := Get()
	fmt.Println(a == dummyID(1234), dummyID(1) != a)
	p := struct{ a, b int }{1, 2}
	fmt.Println(Pair{1, 2} == p, p == NamedPair{1, 2})
	var ids IDs
	fmt.Println(ids == nil)
}

// Output:
// true true
// true true
// true
