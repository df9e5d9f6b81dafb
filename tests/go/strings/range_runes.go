package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(len(s), n)
	for i := range "héllo" {
		fmt.Print(" ", i)
	}
	fmt.Println()
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf(" %d:%U", i, r)
	}
	fmt.Println()
}

// Output:
// 0 97 a 1
// 1 233 é 2
// 3 19990 世 3
// 6 128578 🙂 4
// 10 4
//  0 1 3 4 5
//  0:U+0061 1:U+FFFD 2:U+0062
