package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	c := [3]int{1, 2}
	fmt.Println(a == b, a == c, a != c, len(b))
	ps := [2]Point{{1, 2}, {3, 4}}
	qs := [2]Point{{1, 2}, {3, 4}}
	fmt.Println(ps == qs, ps)
	qs[1].Y = 5
	fmt.Println(ps == qs, qs)
	idx := [5]string{2: "two", 4: "four"}
	fmt.Printf("%q %d\n", idx, len(idx))
	var grid [2][3]int
	grid[1][2] = 7
	fmt.Println(grid, len(grid), len(grid[0]))
	m := map[[2]int]string{{0, 0}: "origin"}
	fmt.Println(m[[2]int{0, 0}])
}

// Output:
// true false true 3
// true [{1 2} {3 4}]
// false [{1 2} {3 5}]
// ["" "" "two" "" "four"] 5
// [[0 0 0] [0 0 7]] 2 3
// origin
