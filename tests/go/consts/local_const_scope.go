// A local constant's scope begins after its spec: const X = X + X uses the
// outer X (Go's test/const8.go).
package main

import "fmt"

const X = 2

func main() {
	const (
		X = X + X
		Y
		Z = iota
	)
	fmt.Println(X, Y, Z)
	{
		const X = X * 10
		fmt.Println(X)
	}
	const a, b = len("ab"), a0 + 1
	fmt.Println(a, b)
}

const a0 = 5

// Output:
// 4 8 2
// 40
// 2 6
