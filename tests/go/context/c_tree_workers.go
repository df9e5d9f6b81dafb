// Canceling a parent stops the workers of its children; a sibling tree
// keeps running until its own cancel.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var stopped []string
	start := func(ctx context.Context, name string, wg *sync.WaitGroup) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			mu.Lock()
			stopped = append(stopped, name+": "+ctx.Err().Error())
			mu.Unlock()
		}()
	}
	root := context.Background()
	api, cancelAPI := context.WithCancel(root)
	db, cancelDB := context.WithCancel(root)
	req1, cancel1 := context.WithCancel(api)
	defer cancel1()
	req2, cancel2 := context.WithTimeout(api, 1<<40)
	defer cancel2()
	var reqs, dbs sync.WaitGroup
	start(req1, "req1", &reqs)
	start(req2, "req2", &reqs)
	start(db, "db", &dbs)

	cancelAPI()
	reqs.Wait()
	sort.Strings(stopped)
	fmt.Println(stopped, "| db alive:", db.Err() == nil)
	cancelDB()
	dbs.Wait()
	fmt.Println(stopped[2])
}

// Output:
// [req1: context canceled req2: context canceled] | db alive: true
// db: context canceled
