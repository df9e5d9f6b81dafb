// Cancellation propagates down a tree of contexts, not up; a context made
// from a canceled parent is canceled at once.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	defer cancelB()
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()
	v := context.WithValue(a1, "user", "gopher")
	a2, cancelA2 := context.WithCancel(v)
	defer cancelA2()

	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := map[string]bool{}
	watch := func(name string, ctx context.Context) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			mu.Lock()
			stopped[name] = true
			mu.Unlock()
		}()
	}
	watch("a", a)
	watch("a1", a1)
	watch("a2", a2)

	cancelA()
	wg.Wait()
	fmt.Println(stopped["a"], stopped["a1"], stopped["a2"])
	fmt.Println("a:", a.Err(), "| a2:", a2.Err(), "| root:", root.Err(), "| b:", b.Err())
	fmt.Println(a2.Value("user"), a2.Value("other"))

	late, cancelLate := context.WithCancel(a)
	defer cancelLate()
	select {
	case <-late.Done():
		fmt.Println("late child canceled at once:", late.Err())
	default:
		fmt.Println("late child alive")
	}

	cancelRoot()
	<-b.Done()
	fmt.Println("b:", b.Err())
	cancelRoot() // a second call does nothing
	fmt.Println(context.Background().Err(), context.Background().Done() == nil)
}

// Output:
// true true true
// a: context canceled | a2: context canceled | root: <nil> | b: <nil>
// gopher <nil>
// late child canceled at once: context canceled
// b: context canceled
// <nil> true
