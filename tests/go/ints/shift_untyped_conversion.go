// A conversion gives 1 << s its type: uint8(1 << (s+5)) shifts in uint8.
package main

import "fmt"

func main() {
	s := uint(3)
	fmt.Println(uint8(1<<(s+5)), int64(1<<s), uint32(1<<s)+1)
	var i interface{} = interface{}(1 << s)
	fmt.Printf("%T\n", i)
}

// Output:
// 0 8 9
// int
