// The world of this lesson (you do not edit it): the exchange and the
// clients of the quote service. Each client asks cache.Get(symbol) for its
// quotes, one after another; at the end the service prints every client's
// last quotes and cache.Requests(). The flags have the story's values by default:
//
//	-symbols=GOOG,AAPL,MSFT,AMZN   the symbols; client c starts with symbol c
//	-clients=4 -quotes=6           clients, and quotes per client
//	-fetch=80ms                    how long the exchange takes for one price
//	-base=100                      prices are base + a number from the symbol
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

var exchange = struct {
	fetch time.Duration
	base  int
}{80 * time.Millisecond, 100}

// FetchPrice asks the exchange for the price of sym. It is slow.
func FetchPrice(sym string) int {
	time.Sleep(exchange.fetch)
	p := exchange.base
	for i, r := range sym {
		p += (i + 1) * int(r) % 97
	}
	return p
}

// client asks for quotes one after another and returns the last line.
func client(c int, symbols []string, quotes int, out []string, wg *sync.WaitGroup) {
	defer wg.Done()
	line := ""
	for i := 0; i < quotes; i++ {
		sym := symbols[(c+i*3)%len(symbols)]
		line += fmt.Sprintf(" %s=%d", sym, cache.Get(sym))
	}
	out[c] = fmt.Sprintf("client %d:%s", c, line)
}

func main() {
	symbols := strings.Split("GOOG,AAPL,MSFT,AMZN", ",")
	clients, quotes := 4, 6
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "symbols":
			symbols = strings.Split(v, ",")
		case "clients":
			clients = atoi(k, v)
		case "quotes":
			quotes = atoi(k, v)
		case "fetch":
			d, err := time.ParseDuration(v)
			if err != nil {
				fmt.Println("world: -fetch:", err)
				os.Exit(2)
			}
			exchange.fetch = d
		case "base":
			exchange.base = atoi(k, v)
		default:
			fmt.Println("world: unknown flag", a)
			os.Exit(2)
		}
	}
	out := make([]string, clients)
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go client(c, symbols, quotes, out, &wg)
	}
	wg.Wait()
	for _, line := range out {
		fmt.Println(line)
	}
	fmt.Println(cache.Requests(), "requests")
}

func atoi(k, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil {
		fmt.Println("world: -"+k+":", err)
		os.Exit(2)
	}
	return n
}
