package main

import "fmt"

const big = 1 << 62
const huge = 1 << 100
const typed int32 = 1 << 30

type Weekday int

const Friday Weekday = 5

func main() {
	fmt.Println(big, huge>>98, huge/(1<<90))
	var f float64 = huge
	fmt.Println(f)
	fmt.Println(typed, typed/2)
	fmt.Printf("%T %T %T\n", big, typed, Friday)
	const ratio = 1 / 3.0
	fmt.Println(ratio)
	const intDiv = 7 / 2
	const fDiv = 7 / 2.0
	fmt.Println(intDiv, fDiv)
	var x float64 = 7 / 2
	fmt.Println(x)
	fmt.Println(Friday + 1)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	const c = 'a' + 1
	fmt.Printf("%T %v %c\n", c, c, c)
	const maxU = ^uint64(0)
	fmt.Println(maxU)
}

// Output:
// 4611686018427387904 4 1024
// 1.2676506002282294e+30
// 1073741824 536870912
// int int32 main.Weekday
// 0.3333333333333333
// 3 3.5
// 3
// 6
// constant 8
// int32 98 b
// 18446744073709551615
