package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, ",")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Println("odd", k)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}
	var i int
	for i < 2 {
		i++
	}
	fmt.Println(i)
}

// Output:
// 0,1,2,
// 243
// odd 1
// odd 3
// 0 10
// 1 8
// 2 6
// 3 4
// 2
