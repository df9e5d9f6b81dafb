package main

import "fmt"

func main() {
	primes := []int{}
	for n := 2; len(primes) < 10; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes)
	collatz := 27
	steps := 0
	for collatz != 1 {
		if collatz%2 == 0 {
			collatz /= 2
		} else {
			collatz = 3*collatz + 1
		}
		steps++
	}
	fmt.Println(steps)
}

// Output:
// [2 3 5 7 11 13 17 19 23 29]
// 111
