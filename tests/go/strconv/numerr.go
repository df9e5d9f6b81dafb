package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12x")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("1000", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)
}

// Output:
// Atoi 12x invalid syntax
// true
// true strconv.ParseInt: parsing "1000": value out of range
