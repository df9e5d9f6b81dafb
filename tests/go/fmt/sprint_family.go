package main

import (
	"errors"
	"fmt"
)

func main() {
	s := fmt.Sprint("a", 1, 2, "b", 3.5)
	fmt.Println(s)
	s = fmt.Sprintln("a", 1, 2)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	err := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(err)
	wrapped := fmt.Errorf("outer: %w", errors.New("inner"))
	fmt.Println(wrapped)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint([]int(nil)))
	fmt.Println(fmt.Sprint(errors.New("e1")), fmt.Sprintf("%v", []error{errors.New("e2")}))
}

// Output:
// a1 2b3.5
// "a 1 2\n"
// 007-x 5
// code 404: not found
// outer: inner
//  <nil> []
// e1 [e2]
