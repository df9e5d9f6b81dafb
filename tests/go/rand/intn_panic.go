package main

import (
	"fmt"
	"math/rand"
)

func main() {
	func() {
		defer func() { fmt.Println(recover()) }()
		rand.Int63n(0)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		rand.Int31n(-1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		rand.Shuffle(-1, func(i, j int) {})
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		rand.New(rand.NewSource(1)).Intn(-3)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		rand.Intn(0)
	}()
}

// Output:
// invalid argument to Int63n
// invalid argument to Int31n
// invalid argument to Shuffle
// invalid argument to Intn
// invalid argument to Intn
