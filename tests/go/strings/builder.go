package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprintf("%d-", i))
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	var b strings.Builder
	words := []string{"a", "b", "c"}
	for i, w := range words {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.ToUpper(w))
	}
	fmt.Println(b.String())
}

// Output:
// 0-1-2-end!世 13
// "" 0
// A, B, C
