// A broker copies each published message to every subscriber; closing the
// broker closes every subscription.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type broker struct {
	mu   sync.Mutex
	subs []chan string
}

func (b *broker) subscribe() <-chan string {
	ch := make(chan string, 10)
	b.mu.Lock()
	b.subs = append(b.subs, ch)
	b.mu.Unlock()
	return ch
}

func (b *broker) publish(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		ch <- msg
	}
}

func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		close(ch)
	}
}

func main() {
	b := &broker{}
	var wg sync.WaitGroup
	got := make([]string, 3)
	for i := 0; i < 3; i++ {
		ch := b.subscribe()
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var msgs []string
			for m := range ch {
				msgs = append(msgs, m)
			}
			got[i] = strings.Join(msgs, ",")
		}(i)
	}
	b.publish("hello")
	b.publish("world")
	b.close()
	wg.Wait()
	fmt.Println(got)
}

// Output:
// [hello,world hello,world hello,world]
