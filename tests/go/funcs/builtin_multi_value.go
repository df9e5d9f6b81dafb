// A builtin given one call that returns several values takes them as its
// arguments: append(f()), copy(f()), delete(f()), println(f()), also
// deferred (Go's test/fixedbugs/issue15992.go, issue35576.go).
package main

import "fmt"

func two() ([]int, int) { return []int{1}, 2 }
func three() ([]int, int, int) { return []int{1}, 2, 3 }
func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func pr() (int, string) { return 7, "x" }

func main() {
	fmt.Println(append(two()), append(three()))
	a := []byte{1, 2, 3, 4}
	fmt.Println(copy(f(a)), a)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(m)
	println(pr())
	defer fmt.Println("deferred")
	defer delete(h(m))
}

// Output:
// [1 2] [1 2 3]
// 3 [97 98 99 4]
// map[1:1]
// deferred
// Stderr:
// 7 x
