// The world of this lesson (you do not edit it): the web server's handlers.
// Its flags have the story's values by default:
//
//	-handlers=8     how many handler goroutines run at once
//	-requests=2000  requests each handler serves
//	-pages=/home    the pages, comma-separated: handler h serves page h % len
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Weight is how much one view of a page counts.
func Weight(page string) int { return len(page)%3 + 1 }

func main() {
	handlers, requests := 8, 2000
	pages := []string{"/home"}
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "handlers":
			handlers = atoi(k, v)
		case "requests":
			requests = atoi(k, v)
		case "pages":
			pages = strings.Split(v, ",")
		default:
			fmt.Println("world: unknown flag", a)
			os.Exit(2)
		}
	}

	var wg sync.WaitGroup
	for h := 0; h < handlers; h++ {
		wg.Add(1)
		go func(page string) {
			defer wg.Done()
			serve(page, requests)
		}(pages[h%len(pages)])
	}
	wg.Wait()
	fmt.Println("views:", total())
}

func atoi(k, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil {
		fmt.Println("world: -"+k+":", err)
		os.Exit(2)
	}
	return n
}
