// gc_churn allocates 1 GiB in total (a million 1 KiB slices, as Go counts
// them) while keeping the last 10,000 alive (10 MiB): the collector must keep
// the process small. Used by tests/cli/gc_rss.sh.
package main

import "fmt"

func main() {
	const live = 10000
	ring := make([][]int, live)
	sum := 0
	for i := 0; i < 1000000; i++ {
		s := make([]int, 128)
		s[0] = i
		ring[i%live] = s
		if ring[(i+1)%live] == nil {
			sum++
		}
	}
	total := 0
	for _, s := range ring {
		total += s[0]
	}
	fmt.Println(total, sum)
}
