// Virtual time and preemption points stay where they were before the
// compiler folded instructions together (GETUPL/SETUPL, GETUPW, ANDI,
// IJ*C, FORLT*, MLOCK): every backward jump still costs the instructions
// it spanned unfolded (Proto.jcost). The durations and the interleaving
// below are the ones gorolab printed before those folds.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	s := 0
	for i := 0; i < 100000; i++ {
		s += i & 7
	}
	fmt.Println(s, time.Since(start))

	c := 0
	start = time.Now()
	for i := 0; i < 20000; i++ {
		func() { c ^= 5 }()
	}
	fmt.Println(c, time.Since(start))

	var mu sync.Mutex
	var wg sync.WaitGroup
	var trace []byte
	at := map[byte][]int{}
	for _, name := range []byte("ab") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 60000; i++ {
				mu.Lock()
				if len(trace) == 0 || trace[len(trace)-1] != name {
					trace = append(trace, name) // preempted since the other's last turn
					if len(at[name]) < 3 {
						at[name] = append(at[name], i)
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(trace), string(trace[:6]), at['a'], at['b'], time.Since(start))
}

// Output:
// 350000 600.003µs
// 0 120.004µs
// 533 bababa [0 158 635] [0 317 476] 7.680046ms
