package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func named() (n int, s string) {
	n = 3
	return n * 2, "explicit"
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	fmt.Println(safeDiv(8, 2))
	fmt.Println(split(17))
	fmt.Println(named())
	fmt.Println(divmod(divmod(20, 6)))
}

// Output:
// 3 2
// 1
// error: division by zero 0
// 4 <nil>
// 7 10
// 6 explicit
// 1 1
