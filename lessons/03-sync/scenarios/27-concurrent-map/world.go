// The world of this lesson (you do not edit it): the web server. Its handlers
// serve requests at the same time and call visit(user) for each; a dashboard
// calls visitors() and visits("u1") while they run; at the end it prints every user's
// visits(user). The flags have the story's values by default:
//
//	-handlers=6    handler goroutines at once
//	-requests=30   requests per handler
//	-users=12      users u1..uN; request i of handler h is from user (h*7+i*5)%N+1
//	-think=1ms     time to serve one request (varies per handler)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

func handler(h, requests, users int, think time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < requests; i++ {
		time.Sleep(think + time.Duration(h%4)*think/3)
		visit("u" + strconv.Itoa((h*7+i*5)%users+1))
	}
}

func dashboard(every time.Duration, done <-chan struct{}, stopped chan<- struct{}) {
	defer close(stopped)
	for {
		select {
		case <-done:
			return
		case <-time.After(every):
			_ = visitors()
			_ = visits("u1")
		}
	}
}

func main() {
	handlers, requests, users := 6, 30, 12
	think := time.Millisecond
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "handlers":
			handlers = atoi(k, v)
		case "requests":
			requests = atoi(k, v)
		case "users":
			users = atoi(k, v)
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
	done, stopped := make(chan struct{}), make(chan struct{})
	go dashboard(think*4, done, stopped)
	var wg sync.WaitGroup
	for h := 0; h < handlers; h++ {
		wg.Add(1)
		go handler(h, requests, users, think, &wg)
	}
	wg.Wait()
	close(done)
	<-stopped
	fmt.Println(visitors(), "users")
	for u := 1; u <= users; u++ {
		fmt.Printf("u%d: %d\n", u, visits("u"+strconv.Itoa(u)))
	}
}

func atoi(k, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		fmt.Println("world: -"+k+": want a positive number, got", v)
		os.Exit(2)
	}
	return n
}
