// A type assertion to an interface checks each method's signature, not
// only its name (Go's test/fixedbugs/bug201.go, interface/returntype.go).
package main

import "fmt"

type S struct{ a int }

func (s *S) Name() int8 { return 1 }

type I1 interface{ Name() int8 }
type I2 interface{ Name() int64 }

type MyInt int

func (MyInt) m(*S) {}

func main() {
	var i1 I1 = &S{}
	_, ok := i1.(I2)
	fmt.Println("I2:", ok)
	var e interface{} = MyInt(0)
	_, ok1 := e.(interface{ m(*S) })
	_, ok2 := e.(interface{ m(S) })
	fmt.Println(ok1, ok2)
	fmt.Println(i1.(I2).Name())
}

// Exit: 2
// Output:
// I2: false
// true false
// Stderr:
// panic: interface conversion: *main.S is not main.I2: missing method Name
//
// goroutine 1 [running]:
// main.main()
// 	assert_signature.go:26 +0x1d
