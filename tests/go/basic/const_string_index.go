package main

// Constant strings are indexable (issue 11 item 5): the result is a byte
// value, never a constant, for a literal and for a named constant.

import "fmt"

const s = "hé"

type S string

const ts S = "xyz"

func main() {
	for i := 0; i < len(s); i++ {
		fmt.Println("hé"[i], s[i], ts[i%3])
	}
	var b byte = s[1]
	fmt.Printf("%T %v %T\n", s[0], b, "abc"[2])
	fmt.Println(s[1:], "abc"[1:2], string("abc"[0]))
	x := "ab"[1] + 255 // byte arithmetic wraps: not a constant
	fmt.Println(x)
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 5
	fmt.Println(s[i])
}

// Output:
// 104 104 120
// 195 195 121
// 169 169 122
// uint8 195 uint8
// é b a
// 97
// recovered: runtime error: index out of range [5] with length 3
