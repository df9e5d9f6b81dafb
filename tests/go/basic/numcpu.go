// runtime.NumCPU is the machine gorolab pretends to be: 8 CPUs unless
// --cpus says otherwise (basic/numcpu_flag.go), so a pool sized by it has
// as many workers as on a learner's laptop; GOMAXPROCS starts there and
// keeps what it is set to.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(2), runtime.GOMAXPROCS(0))
}

// Output:
// 8 8
// 8 2
