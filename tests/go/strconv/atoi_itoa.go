package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(42), strconv.Itoa(-7)+"!")
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("-45")
	fmt.Println(n+1, err == nil)
	n, err = strconv.Atoi("x")
	fmt.Println(n, err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	_, err = strconv.Atoi(" 1")
	fmt.Println(err)
	n, err = strconv.Atoi("+8")
	fmt.Println(n, err)
}

// Output:
// 42 -7!
// 123 <nil>
// -44 true
// 0 strconv.Atoi: parsing "x": invalid syntax
// strconv.Atoi: parsing "": invalid syntax
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// strconv.Atoi: parsing " 1": invalid syntax
// 8 <nil>
