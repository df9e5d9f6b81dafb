// A fixed pool of workers takes jobs from one channel; results come back in
// any order and are sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j%3+1) * time.Millisecond)
		results <- result{j, id, j * 10}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	used := map[int]bool{}
	for r := range results {
		all = append(all, r)
		used[r.worker] = true
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	for _, r := range all {
		fmt.Println("job", r.job, "=", r.value)
	}
	fmt.Println("workers used:", len(used))
}

// Output:
// job 1 = 10
// job 2 = 20
// job 3 = 30
// job 4 = 40
// job 5 = 50
// job 6 = 60
// job 7 = 70
// job 8 = 80
// job 9 = 90
// workers used: 3
