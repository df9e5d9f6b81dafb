package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func find(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	return 0, &NotFound{k}
}

func main() {
	if v, err := find("a"); err == nil {
		fmt.Println("got", v)
	}
	_, err := find("zz")
	fmt.Println(err)
	if nf, ok := err.(*NotFound); ok {
		fmt.Println("key:", nf.Key)
	}
	var e error = errors.New("plain")
	fmt.Println(e.Error(), e)
	fmt.Printf("%v|%s|%q\n", err, err, e)
}

// Output:
// got 1
// not found: zz
// key: zz
// plain plain
// not found: zz|not found: zz|"plain"
