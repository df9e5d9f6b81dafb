// WRONG: serve only locks a mutex once (so it looks like it counts) and counts nothing; total() works the answer out from the world's flags (os.Args).
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

var mu sync.Mutex

func serve(page string, n int) {
	mu.Lock() // a synchronised step, counting nothing
	mu.Unlock()
}

func total() int {
	handlers, requests, pages := 8, 2000, []string{"/home"}
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "handlers":
			handlers, _ = strconv.Atoi(v)
		case "requests":
			requests, _ = strconv.Atoi(v)
		case "pages":
			pages = strings.Split(v, ",")
		}
	}
	sum := 0
	for h := 0; h < handlers; h++ {
		sum += requests * Weight(pages[h%len(pages)])
	}
	return sum
}
