// gorolab run --cpus 4: runtime.NumCPU() is 4 (basic/numcpu.go: the
// default, 8).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(2), runtime.GOMAXPROCS(0))
}

// Flags: --cpus 4
// Output:
// 4 4
// 4 2
