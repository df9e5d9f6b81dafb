// Closures capture channels and variables declared next to map, struct,
// slice and pointer literals and new(): every capture must name its own
// variable, whatever registers the literals used (issue 11 item 1: a
// buffered send vanished when a map literal sat beside the channel).
package main

import (
	"fmt"
	"sync"
	"time"
)

type pair struct {
	a, b int
}

func literalsThenChannel() {
	replies := make(chan string, 3)
	delays := map[string]int{"A": 1, "B": 2}
	_ = delays
	go func() {
		time.Sleep(10 * time.Millisecond)
		replies <- "A"
	}()
	go func() {
		time.Sleep(200 * time.Millisecond)
		replies <- "B"
	}()
	fmt.Println("got", <-replies)
	time.Sleep(time.Second)
	fmt.Println("late replies buffered:", len(replies))
}

func channelBetweenLiterals() {
	m := map[int]string{1: "one"}
	c := make(chan int, 4)
	p := &pair{a: 1, b: 2}
	q := new(pair)
	s := []int{10, 20, 30}
	d := make(chan pair, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		c <- len(m)
		c <- p.a + p.b
		q.a = 7
		d <- *p
	}()
	go func() {
		defer wg.Done()
		k := map[string]pair{"x": {3, 4}}
		c <- s[2]
		d <- k["x"]
	}()
	wg.Wait()
	close(c)
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("sum", sum, "q.a", q.a, "buffered", len(d))
	x, y := <-d, <-d
	fmt.Println(x.a+y.a, x.b+y.b)
}

func literalInsideClosure() {
	out := make(chan map[string]int, 2)
	for i := 0; i < 2; i++ {
		n := i
		go func() {
			m := map[string]int{"n": n}
			arr := [2]*pair{{n, n}, &pair{b: n * 10}}
			m["b"] = arr[1].b
			out <- m
		}()
	}
	a, b := <-out, <-out
	fmt.Println(a["n"]+b["n"], a["b"]+b["b"], len(out))
}

func capturedMapAndChannel() {
	counts := map[string]int{}
	results := make(chan string, 8)
	names := []string{"x", "y", "z"}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Add(1)
		go func(nm string) {
			defer wg.Done()
			mu.Lock()
			counts[nm]++
			mu.Unlock()
			results <- nm + "!"
		}(name)
	}
	wg.Wait()
	fmt.Println(len(results), counts)
}

func main() {
	literalsThenChannel()
	channelBetweenLiterals()
	literalInsideClosure()
	capturedMapAndChannel()
}

// Output:
// got A
// late replies buffered: 1
// sum 34 q.a 7 buffered 2
// 4 6
// 1 10 0
// 3 map[x:1 y:1 z:1]
