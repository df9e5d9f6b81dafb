package main

import "fmt"

func try(f func()) {
	defer func() {
		fmt.Println(recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	lo, hi, neg := 2, 1, -1
	try(func() { _ = s[lo:hi] })
	try(func() { _ = s[4:][0:0] })
	try(func() { _ = s[neg] })
	try(func() { _ = s[1:2:4] })
	str := "abc"
	try(func() { _ = str[lo+2:] })
	try(func() { _ = str[neg+5] })
	var arr [3]int
	try(func() { _ = arr[hi+2] })
}

// Output:
// runtime error: slice bounds out of range [2:1]
// runtime error: slice bounds out of range [4:3]
// runtime error: index out of range [-1]
// runtime error: slice bounds out of range [::4] with capacity 3
// runtime error: slice bounds out of range [4:3]
// runtime error: index out of range [4] with length 3
// runtime error: index out of range [3] with length 3
