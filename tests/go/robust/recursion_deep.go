// Recursion is bounded by stack bytes as in Go (1 GB), not by a frame
// count: 200,000 and 1,000,000 levels of a small function run (gorolab
// stopped at 100,000 frames and called it Go's 1 GB limit).
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type node struct{ next *node }

func (l *node) length() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.length()
}

func main() {
	fmt.Println(depth(200000))
	fmt.Println(depth(1000000))
	var l *node
	for i := 0; i < 300000; i++ {
		l = &node{l}
	}
	fmt.Println(l.length())
}

// Output:
// 200000
// 1000000
// 300000
