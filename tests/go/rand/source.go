// rand.New(rand.NewSource(seed)) gives Go's own sequence for the seed,
// whatever the run's --seed.
// Seed: 99
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Intn(100))
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1000), r.Int31n(7), r.Int())
	fmt.Printf("%.6f %.4f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	buf := make([]byte, 5)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)

	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 1000; i++ {
		if a.Intn(1<<20) != b.Intn(1<<20) {
			same = false
		}
	}
	fmt.Println("same sequence:", same)
	a.Seed(1)
	fmt.Println(a.Intn(1000), rand.New(rand.NewSource(1)).Intn(1000))
	fmt.Println(rand.New(rand.NewSource(0)).Int63(), rand.New(rand.NewSource(-5)).Int63())
	fmt.Println(r.Int63n(1<<40), r.Intn(1<<40))
}

// Output:
// 5 87 68
// 1926012586526624009 94099423 1645802691 7497468244883513247
// 208 4 5961769557461764184
// 0.735629 0.2179
// [7 3 4 6 2 5 0 1]
// [d c e b a]
// 5 <nil> [254 253 190 12 16]
// same sequence: true
// 81 81
// 8717895732742165505 1811683815564572222
// 196727144673 936432249961
