package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World"
	fmt.Println(strings.Contains(s, "World"), strings.Contains(s, "world"))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "ld"), strings.HasSuffix(s, "x"))
	fmt.Println(strings.Index(s, "o"), strings.Index(s, "z"), strings.LastIndex(s, "o"))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "b"))
	fmt.Println(strings.Replace("aaaa", "a", "c", -1))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Ga"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyzc"))
	fmt.Println(strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
}

// Output:
// true false
// true true false
// 4 -1 8
// HELLO, WORLD hello, world
// ababab true
// bbaa bbbb
// cccc
// 3 5
// true false
// true true
// 2 4
