// The world of this lesson (you do not edit it): the warehouse. Workers move
// stock between bins at the same time, with move(from, to, n); an auditor
// counts the whole warehouse with total() while they work; at the end the
// warehouse prints the totals the auditor saw and every bin's stock(bin).
// The flags have the story's values by default:
//
//	-bins=6         bins b1..bN; bin i starts with 1000 + 10*i items
//	-workers=4      worker goroutines at once
//	-moves=25       moves per worker: move i of worker w takes (w+i)%5+1 items
//	                from bin (w*3+i)%N+1 to bin (w*5+i*7+1)%N+1 (the next one if the same)
//	-think=1ms      pause between two moves of a worker
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

func bin(i int) string { return "b" + strconv.Itoa(i) }

func worker(w, moves, bins int, think time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < moves; i++ {
		time.Sleep(think + time.Duration(w%3)*think/2)
		from := (w*3+i)%bins + 1
		to := (w*5+i*7+1)%bins + 1
		if to == from {
			to = to%bins + 1
		}
		if !move(bin(from), bin(to), (w+i)%5+1) {
			fmt.Println("world: a move found too little stock")
		}
	}
}

func auditor(every time.Duration, done <-chan struct{}, seen map[int]bool) {
	for {
		select {
		case <-done:
			return
		case <-time.After(every):
			seen[total()] = true
		}
	}
}

func main() {
	bins, workers, moves := 6, 4, 25
	think := time.Millisecond
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "bins":
			bins = atoi(k, v)
		case "workers":
			workers = atoi(k, v)
		case "moves":
			moves = atoi(k, v)
		case "think":
			d, err := time.ParseDuration(v)
			if err != nil {
				fmt.Println("world: -think:", err)
				os.Exit(2)
			}
			think = d
		default:
			fmt.Println("world: unknown flag", a)
			os.Exit(2)
		}
	}
	if bins < 2 {
		fmt.Println("world: -bins: at least 2")
		os.Exit(2)
	}
	for i := 1; i <= bins; i++ {
		open(bin(i), 1000+10*i)
	}

	seen := map[int]bool{}
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		auditor(think/2, done, seen)
		close(stopped)
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(w, moves, bins, think, &wg)
	}
	wg.Wait()
	close(done)
	<-stopped

	var totals []string
	for t := range seen {
		totals = append(totals, strconv.Itoa(t))
	}
	sort.Strings(totals)
	fmt.Println("audits saw:", strings.Join(totals, " "))
	for i := 1; i <= bins; i++ {
		fmt.Printf("%s: %d\n", bin(i), stock(bin(i)))
	}
}

func atoi(k, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		fmt.Println("world: -"+k+": want a number >= 0, got", v)
		os.Exit(2)
	}
	return n
}
