// The world of this lesson (you do not edit it): the download mirror. Its
// clients download files at the same time; each finished download calls
// record(size), and a monitor reads total() while they run. The flags have
// the story's values by default:
//
//	-clients=6     client goroutines downloading at once
//	-downloads=40  downloads per client
//	-think=2ms     pause between two downloads of a client (varies per client)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// size is the size in KiB of download i of client c.
func size(c, i int) int { return (c*7+i*5)%13 + 1 }

// client downloads its files one after another.
func client(c, downloads int, think time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < downloads; i++ {
		time.Sleep(think + time.Duration(c%3)*think/2)
		record(size(c, i))
	}
}

// monitor reads the total now and then, as a dashboard does, until done.
func monitor(every time.Duration, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		case <-time.After(every):
			_ = total()
		}
	}
}

func main() {
	clients, downloads := 6, 40
	think := 2 * time.Millisecond
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "clients":
			clients = atoi(k, v)
		case "downloads":
			downloads = atoi(k, v)
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

	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		monitor(think*3, done)
		close(stopped)
	}()

	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go client(c, downloads, think, &wg)
	}
	wg.Wait()
	close(done)
	<-stopped
	fmt.Printf("%d downloads, %d KiB served\n", clients*downloads, total())
}

func atoi(k, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil {
		fmt.Println("world: -"+k+":", err)
		os.Exit(2)
	}
	return n
}
