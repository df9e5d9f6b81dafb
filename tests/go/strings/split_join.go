package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Join(parts, "|"))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	f := strings.Fields("  foo bar\tbaz \n ")
	fmt.Printf("%q %d\n", f, len(f))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
}

// Output:
// 4 [a b  c]
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// [""]
// a|b||c
//  x
// ["foo" "bar" "baz"] 3
// ["a" "b:c:d"]
// key value true
