// WithDeadline reports its deadline; a child cannot extend its parent's.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	parent, cancel := context.WithDeadline(context.Background(), start.Add(100*time.Millisecond))
	defer cancel()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, ok1 := parent.Deadline()
	cd, ok2 := child.Deadline()
	fmt.Println(ok1, ok2, pd.Equal(cd))
	_, ok3 := context.Background().Deadline()
	fmt.Println(ok3)
	<-child.Done()
	el := time.Since(start)
	fmt.Println(child.Err(), parent.Err(), el >= 100*time.Millisecond && el < 110*time.Millisecond)
}

// Output:
// true true true
// false
// context deadline exceeded context deadline exceeded true
