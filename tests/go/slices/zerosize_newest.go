// Since Go 1.20 an append whose length overflows an int (possible only with
// zero-size elements) panics "growslice: len out of range" (Go's own
// test/fixedbugs/issue29190.go says so since then); 1.19 said "cap".
package main

import "fmt"

func main() {
	s := make([]struct{}, int(^uint(0)>>1))
	defer func() { fmt.Println(recover(), len(s)) }()
	s = append(s, struct{}{})
}

// Output:
// runtime error: growslice: len out of range 9223372036854775807
