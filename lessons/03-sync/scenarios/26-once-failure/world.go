// The world of this lesson (you do not edit it): the config server and the
// clients of the service. Every request calls getConfig (main.go) and prints
// what it got. The flags have the story's values by default:
//
//	-fail=2                          the config server's first calls that fail
//	-err=config server unavailable   the error they return
//	-latency=30ms                    how long one call to the config server takes
//	-clients=4 -requests=5           clients, and requests per client
//	-every=10ms                      pause before each request (varies per client)
//	-version=v42 -limit=100          the config the server holds
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Config is the service's configuration, as the config server returns it.
type Config struct {
	Version string
	Limit   int
}

var server = struct {
	mu      sync.Mutex
	calls   int
	fail    int
	err     string
	latency time.Duration
	cfg     Config
}{fail: 2, err: "config server unavailable", latency: 30 * time.Millisecond,
	cfg: Config{Version: "v42", Limit: 100}}

// FetchConfig calls the config server. Its first calls fail while the server
// starts up; after that it returns the config.
func FetchConfig() (*Config, error) {
	server.mu.Lock()
	server.calls++
	n := server.calls
	server.mu.Unlock()
	time.Sleep(server.latency)
	if n <= server.fail {
		return nil, errors.New(server.err)
	}
	c := server.cfg
	return &c, nil
}

// client makes its requests one after another.
func client(c, requests int, every time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= requests; i++ {
		time.Sleep(every + time.Duration(c)*every/4)
		cfg, err := getConfig()
		switch {
		case err != nil:
			fmt.Printf("request %d.%d: error: %v\n", c, i, err)
		case cfg == nil:
			fmt.Printf("request %d.%d: no config\n", c, i)
		default:
			fmt.Printf("request %d.%d: ok %s/%d\n", c, i, cfg.Version, cfg.Limit)
		}
	}
}

func main() {
	clients, requests, every := 4, 5, 10*time.Millisecond
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "fail":
			server.fail = atoi(k, v)
		case "err":
			server.err = v
		case "latency":
			server.latency = duration(k, v)
		case "clients":
			clients = atoi(k, v)
		case "requests":
			requests = atoi(k, v)
		case "every":
			every = duration(k, v)
		case "version":
			server.cfg.Version = v
		case "limit":
			server.cfg.Limit = atoi(k, v)
		default:
			fmt.Println("world: unknown flag", a)
			os.Exit(2)
		}
	}
	var wg sync.WaitGroup
	for c := 1; c <= clients; c++ {
		wg.Add(1)
		go client(c, requests, every, &wg)
	}
	wg.Wait()
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
