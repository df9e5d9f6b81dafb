package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	tri := [][]string{{"a"}, {"b", "c"}, {}}
	for _, row := range tri {
		fmt.Println(len(row), row)
	}
	tri[2] = append(tri[2], "d")
	fmt.Println(tri)
	var m [][]int
	m = append(m, []int{1, 2})
	m[0][1] = 5
	fmt.Println(m, len(m[0]))
}

// Output:
// [[0 0 0 0] [0 1 2 3] [0 2 4 6]]
// 1 [a]
// 2 [b c]
// 0 []
// [[a] [b c] [d]]
// [[1 5]] 2
