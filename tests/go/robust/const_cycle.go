// Constant cycles are reported as Go 1.20+ reports initialisation cycles
// (it said "initialization cycle or invalid recursive reference to b" at
// the second one).
package main

const a = b
const b = c * 2
const c = a + 1

const s = s + 1

var v = a

func main() { println(a, s, v) }

// Exit: 1
// Stderr:
// const_cycle.go:6:7: initialization cycle for a
// 	const_cycle.go:6:7: a refers to b
// 	const_cycle.go:7:7: b refers to c
// 	const_cycle.go:8:7: c refers to a
// const_cycle.go:10:7: initialization cycle: s refers to itself
