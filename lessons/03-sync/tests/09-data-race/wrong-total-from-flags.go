// WRONG: serve counts nothing; total() works the answer out from the world's flags (os.Args) instead of counting the views.
package main

import (
	"os"
	"strconv"
	"strings"
)

func serve(page string, n int) {}

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
