package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	func() {
		defer func() { fmt.Println(recover()) }()
		v.Store(1)
		v.Store("two")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		v.Swap("two")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		v.CompareAndSwap(1, "two")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		v.CompareAndSwap(1, nil)
	}()
	fmt.Println(v.Load())
	v.Store(nil)
}

// Output:
// sync/atomic: store of inconsistently typed value into Value
// sync/atomic: swap of inconsistently typed value into Value
// sync/atomic: compare and swap of inconsistently typed values
// sync/atomic: compare and swap of nil value into Value
// 1
// Exit: 2
// Stderr:
// panic: sync/atomic: store of nil value into Value
//
// goroutine 1 [running]:
// main.main()
// 	value_nil.go:28 +0x5c
