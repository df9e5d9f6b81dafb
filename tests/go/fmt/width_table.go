package main

import "fmt"

func main() {
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"kiwi", 100, 1.125}}
	fmt.Printf("%-8s|%5s|%8s\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-8s|%5d|%8.2f\n", r.name, r.qty, r.price)
	}
	fmt.Printf("[%6v][%-6v][%06d]\n", true, 12, -12)
	fmt.Printf("[%v][%6v]\n", []int{1, 2}, []int{1, 2})
}

// Output:
// item    |  qty|   price
// apple   |    3|    0.50
// banana  |   12|    0.25
// kiwi    |  100|    1.12
// [  true][12    ][-00012]
// [[1 2]][[     1      2]]
