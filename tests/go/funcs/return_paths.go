// Returns take a short path when the frame has nothing to do but hand its
// results to a bytecode caller; a captured variable read right after it is
// assigned (c += d; return c) reuses the stored value. Both must behave as
// the general paths do: in deferred calls, around recovered panics, with
// zero, one and several results, and in a traceback.
package main

import (
	"errors"
	"fmt"
)

func counter() func(int) int {
	c := 0
	return func(d int) int {
		c += d
		return c
	}
}

// two counters sharing a box: the read after a write of a different
// upvalue is not skipped
func pair() (func(int) int, func(int) int) {
	a, b := 0, 100
	f := func(d int) int {
		a += d
		return b
	}
	g := func(d int) int {
		b += d
		return a
	}
	return f, g
}

func three(x int) (int, string, error) {
	if x < 0 {
		return 0, "", errors.New("negative")
	}
	return x * 2, fmt.Sprint("x=", x), nil
}

func none(p *int) { *p += 1 }

func square(x int) int { return x * x }

// the deferred closure calls functions that return normally into it
func inDefer() (r int) {
	next := counter()
	defer func() {
		r = next(square(3)) + next(1)
	}()
	next(100)
	return 1
}

func boom(n int) int {
	if n == 0 {
		panic("boom")
	}
	return boom(n-1) + 1
}

// a callee panics; recovered here, the function still returns its named
// results to its caller
func recovered() (v int, msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint("recovered: ", e)
			v = square(7)
		}
	}()
	v = boom(3)
	return v, "not reached"
}

// after a recovery, ordinary calls and returns go on working
func afterRecover() int {
	_, m := recovered()
	next := counter()
	s := 0
	for i := 0; i < 5; i++ {
		s = next(i)
	}
	return s + len(m)
}

func deep(n int, next func(int) int) int {
	if n == 0 {
		var m map[string]int
		m["x"] = next(1) // a panic with the callers below on the stack
		return 0
	}
	return deep(n-1, next) + next(0)
}

func main() {
	next := counter()
	s := 0
	for i := 0; i < 1000; i++ {
		s = next(i & 3)
	}
	fmt.Println("counter", s)

	f, g := pair()
	fmt.Println("pair", f(1), g(10), f(2), g(20))

	n, str, err := three(21)
	fmt.Println("three", n, str, err)
	n, str, err = three(-1)
	fmt.Println("three", n, str == "", err)

	k := 0
	none(&k)
	none(&k)
	fmt.Println("none", k)

	fmt.Println("inDefer", inDefer())
	v, m := recovered()
	fmt.Println("recovered", v, m)
	fmt.Println("afterRecover", afterRecover())

	fmt.Println(deep(2, counter()))
}

// Output:
// counter 1500
// pair 100 1 110 3
// three 42 x=21 <nil>
// three 0 true negative
// none 2
// inDefer 219
// recovered 49 recovered: boom
// afterRecover 25
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.deep(0x496440?, 0xc00008e000?)
// 	return_paths.go:91 +0x49
// main.deep(0xc00006aca0?, 0xc00006adb0)
// 	return_paths.go:94 +0x6a
// main.deep(0x4b9588?, 0xc00006adb0)
// 	return_paths.go:94 +0x6a
// main.main()
// 	return_paths.go:123 +0x71f
// exit status 2
// Exit: 2
