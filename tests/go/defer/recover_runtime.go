package main

import "fmt"

func get(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
			if re, ok := r.(error); ok {
				fmt.Println("is error:", re.Error())
			}
		}
	}()
	return s[i], nil
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 1))
	fmt.Println(get(s, 3))
	var m map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["a"] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a, b := 1, 0
		fmt.Println(a / b)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *struct{ X int }
		fmt.Println(p.X)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var i interface{} = "str"
		fmt.Println(i.(int))
	}()
}

// Output:
// 2 <nil>
// is error: runtime error: index out of range [3] with length 3
// 0 runtime error: index out of range [3] with length 3
// recovered: assignment to entry in nil map
// recovered: runtime error: integer divide by zero
// recovered: runtime error: invalid memory address or nil pointer dereference
// recovered: interface conversion: interface {} is string, not int
