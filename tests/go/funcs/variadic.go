package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return fmt.Sprint(len(parts), ":", out)
}

func mutate(xs ...int) { xs[0] = 99 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(join("-"), join("-", "a"), join("-", "a", "b"))
	mutate(xs...)
	fmt.Println(xs)
	mutate(1, 2)
	var none []int
	fmt.Println(sum(none...))
	pr := func(args ...interface{}) { fmt.Println(len(args), args) }
	pr(1, "a", nil)
}

// Output:
// 0 1 6
// 15
// 0: 1:a 2:a-b
// [99 5 6]
// 0
// 3 [1 a <nil>]
