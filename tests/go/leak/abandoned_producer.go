// main takes the first match and returns; the producer is left blocked
// sending the next one.
package main

import "fmt"

func search(items []string, want byte) <-chan string {
	out := make(chan string)
	go func() {
		for _, it := range items {
			if it[0] == want {
				out <- it
			}
		}
		close(out)
	}()
	return out
}

func first(items []string, want byte) string {
	for it := range search(items, want) {
		return it // early return: nobody drains out
	}
	return ""
}

func main() {
	fmt.Println(first([]string{"apple", "banana", "avocado", "apricot"}, 'a'))
}

// Output:
// apple
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan send, with main.search.func1 on top of the stack:
// main.search.func1()
// 	abandoned_producer.go:12
// created by main.search in goroutine 1
// 	abandoned_producer.go:9
// ]
