package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("[%s]\n", strings.TrimSpace("  \t hello world \n "))
	fmt.Printf("[%s]\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("[%s]\n", strings.Trim("abcHELLOcba", "abc"))
	fmt.Printf("[%s]\n", strings.TrimLeft("aaab", "a"))
	fmt.Printf("[%s]\n", strings.TrimRight("baaa", "a"))
	fmt.Printf("[%s]\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("[%s]\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("[%s]\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("[%s]\n", strings.TrimSuffix("file.go", ".c"))
	fmt.Printf("[%s]\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
}

// Output:
// [hello world]
// [hi]
// [HELLO]
// [b]
// [b]
// [body]
// [body]
// [file]
// [file.go]
// [abc]
