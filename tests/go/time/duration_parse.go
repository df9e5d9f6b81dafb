package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h30m", "1.5s", "300ms", "2h45m10s", "bogus"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
}

// Output:
// 1h30m0s <nil>
// 1.5s <nil>
// 300ms <nil>
// 2h45m10s <nil>
// 0s time: invalid duration "bogus"
