// Initialisation cycles are compile errors, directly, through functions
// and through a variable referring to itself. Go 1.20+ wording (Go 1.19
// says "initialization loop for a" with "a refers to" lines).
package main

var a = b
var b = a

var x = f()

func f() int { return g() }
func g() int { return y }

var y = x + 1

var self int = self * 2

var fine = func() int { x := 1; return x }() // a local x: no cycle

type T struct{}

func (T) m() int { return viaMethod }

var viaMethod = T{}.m()

func (T) n() int { return 2 }

var fine2 = T{}.n() + T.n(T{}) // methods that refer to nothing

func main() {
	println(a, b, x, y, self, fine, viaMethod, fine2)
}

// Exit: 1
// Stderr:
// init_cycle.go:6:5: initialization cycle for a
// 	init_cycle.go:6:5: a refers to b
// 	init_cycle.go:7:5: b refers to a
// init_cycle.go:9:5: initialization cycle for x
// 	init_cycle.go:9:5: x refers to f
// 	init_cycle.go:11:6: f refers to g
// 	init_cycle.go:12:6: g refers to y
// 	init_cycle.go:14:5: y refers to x
// init_cycle.go:16:5: initialization cycle: self refers to itself
// init_cycle.go:24:5: initialization cycle for viaMethod
// 	init_cycle.go:24:5: viaMethod refers to m
// 	init_cycle.go:22:10: m refers to viaMethod
