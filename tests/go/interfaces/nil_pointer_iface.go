package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil)
	fmt.Printf("%T\n", err)
	fmt.Println(correct(false) == nil)
	var p *MyErr
	var e error = p
	fmt.Println(p == nil, e == nil, e.(*MyErr) == nil)
	fmt.Println(e.Error())
}

// Output:
// false
// *main.MyErr
// true
// true false true
// my error
