package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hi \"there\"\n"))
	fmt.Println(strconv.Quote("tab\tand 世界"))
	fmt.Println(strconv.QuoteRune('x'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	for _, in := range []string{"true", "1", "T", "false", "0", "F", "yes"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(in, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
}

// Output:
// "hi \"there\"\n"
// "tab\tand 世界"
// 'x'
// "a\tb" <nil>
// true true <nil>
// 1 true <nil>
// T true <nil>
// false false <nil>
// 0 false <nil>
// F false <nil>
// yes false strconv.ParseBool: parsing "yes": invalid syntax
// true false
