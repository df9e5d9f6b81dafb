// Setting a channel variable to nil disables its select case: merge two
// channels until both are closed.
package main

import "fmt"

func gen(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			out <- fmt.Sprint(prefix, i)
		}
		close(out)
	}()
	return out
}

func main() {
	a, b := gen("a", 3), gen("b", 5)
	count := map[byte]int{}
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			count[v[0]]++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			count[v[0]]++
		}
	}
	fmt.Println(count)
}

// Output:
// map[97:3 98:5]
