// A bounded queue built on sync.Cond: producers wait while it is full,
// consumers while it is empty.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(2)
	go func() {
		for i := 1; i <= 10; i++ {
			q.put(i)
		}
	}()
	sum := 0
	for i := 0; i < 10; i++ {
		v := q.get()
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("| sum", sum)
}

// Output:
// 1 2 3 4 5 6 7 8 9 10 | sum 55
