// The world of this lesson (you do not edit it): the traffic the metrics
// collector sees. Its flags have the story's values by default:
//
//	-events=3000   events per session, one every -every
//	-every=1ms     the gap between two events
//	-mod=10        event i is worth i % mod
//	-pause=0s      a quiet spell (no events) before each event in -pause-at
//	-pause-at=     event numbers, comma-separated (e.g. 100,250)
//	-sessions=1    how many times a collector is started and stopped
//	-linger=2s     how long the service runs on after the last collector stopped
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type world struct {
	events, mod, sessions int
	every, pause, linger  time.Duration
	pauseAt               map[int]bool
}

func parseWorld(args []string) world {
	w := world{events: 3000, mod: 10, sessions: 1, every: time.Millisecond,
		linger: 2 * time.Second, pauseAt: map[int]bool{}}
	for _, a := range args {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "events":
			w.events = atoi(k, v)
		case "mod":
			w.mod = atoi(k, v)
		case "sessions":
			w.sessions = atoi(k, v)
		case "every":
			w.every = duration(k, v)
		case "pause":
			w.pause = duration(k, v)
		case "linger":
			w.linger = duration(k, v)
		case "pause-at":
			for _, s := range strings.Split(v, ",") {
				w.pauseAt[atoi(k, s)] = true
			}
		default:
			fmt.Println("world: unknown flag", a)
			os.Exit(2)
		}
	}
	return w
}

func atoi(k, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil {
		fmt.Println("world: -"+k+":", err)
		os.Exit(2)
	}
	return n
}

func duration(k, v string) time.Duration {
	d, err := time.ParseDuration(v)
	if err != nil {
		fmt.Println("world: -"+k+":", err)
		os.Exit(2)
	}
	return d
}

func main() {
	w := parseWorld(os.Args[1:])
	for s := 1; s <= w.sessions; s++ {
		events := make(chan int)
		done := make(chan struct{})
		out := make(chan string, 16)
		go collect(events, done, out)

		printed := make(chan struct{})
		go func() { // prints the collector's reports, up to its total
			defer close(printed)
			for line := range out {
				fmt.Println(line)
				if strings.HasPrefix(line, "total") {
					return
				}
			}
		}()

		for i := 1; i <= w.events; i++ {
			if w.pauseAt[i] {
				time.Sleep(w.pause)
			}
			events <- i % w.mod
			time.Sleep(w.every)
		}
		close(done)
		<-printed
	}
	time.Sleep(w.linger) // the service runs on after the collectors stopped
}
