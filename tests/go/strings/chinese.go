package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "你好，世界"
	fmt.Println(s, len(s), len([]rune(s)))
	r := []rune(s)
	fmt.Println(string(r[0]), string(r[3:]))
	fmt.Println(s[:3], s[3:6])
	fmt.Println(strings.Index(s, "世"), strings.Contains(s, "世界"))
	for i, c := range s {
		fmt.Printf("%d %c %d\n", i, c, c)
	}
	rev := []rune(s)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))
}

// Output:
// 你好，世界 15 5
// 你 世界
// 你 好
// 9 true
// 0 你 20320
// 3 好 22909
// 6 ， 65292
// 9 世 19990
// 12 界 30028
// 界世，好你
