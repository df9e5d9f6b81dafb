package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 5
	x %= 3
	fmt.Println(x)
	y := 1
	y <<= 4
	y >>= 1
	y |= 1
	y &= 0xD
	y ^= 2
	fmt.Println(y)
	n := 0
	n++
	n++
	n--
	fmt.Println(n, -n, +n)
	var r rune = 'a'
	r += 2
	fmt.Println(r, string(r))
}

// Output:
// 1
// 11
// 1 -1 1
// 99 c
