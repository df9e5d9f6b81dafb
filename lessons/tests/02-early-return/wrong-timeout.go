// An order service answers six orders at once. processOrder fetches each
// order from the database in a goroutine and waits for it on `ch`.
// The database fails for some orders.
package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type OrderResult struct {
	ID    int
	Total int
}

// fetchFromDB stands in for the database: 30ms, and orders 1003 and 1005 fail.
func fetchFromDB(id int) (*OrderResult, error) {
	time.Sleep(30 * time.Millisecond)
	if id == 1003 || id == 1005 {
		return nil, errors.New("db: connection reset by peer")
	}
	return &OrderResult{ID: id, Total: id % 100 * 7}, nil
}

func processOrder(id int) string {
	ch := make(chan *OrderResult, 1)
	go func() {
		result, err := fetchFromDB(id)
		if err != nil {
			return // the error goes nowhere
		}
		ch <- result
	}()
	var res *OrderResult
	select {
	case res = <-ch:
	case <-time.After(100 * time.Millisecond):
		return fmt.Sprintf("order %d: timeout", id)
	}
	return fmt.Sprintf("order %d: total %d", id, res.Total)
}

func main() {
	orders := []int{1001, 1002, 1003, 1004, 1005, 1006}
	replies := make(chan string)
	for _, id := range orders {
		go func() { replies <- processOrder(id) }()
	}

	var lines []string
	deadline := time.After(time.Second)
wait:
	for range orders {
		select {
		case line := <-replies:
			lines = append(lines, line)
		case <-deadline:
			fmt.Printf("gave up on %d orders after 1s\n", len(orders)-len(lines))
			break wait
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
