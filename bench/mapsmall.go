// mapsmall: 200,000 small maps of 8 int keys each: make, fill, look up,
// range. Measures map creation and small-map operations.
package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 200000; i++ {
		m := make(map[int]int)
		for j := 0; j < 8; j++ {
			m[j*7919+i] = j
		}
		for j := 0; j < 8; j++ {
			total += m[j*7919+i]
		}
		for _, v := range m {
			total += v
		}
	}
	fmt.Println(total)
}
