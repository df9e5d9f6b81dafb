// time.Now carries a monotonic clock reading, and its String ends with it
// as Go's does (" m=+1.500000076": seconds since the program started);
// Add keeps it, Round(0) and Truncate strip it, Unix times have none, and
// a timer's value has one. (Formats as Go 1.19 prints them; gorolab's
// clock is virtual, so the numbers are the same on every run.)
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(t)
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Now())
	fmt.Println(t.Add(time.Hour))
	fmt.Println(t.Round(0))
	fmt.Println(t.Truncate(time.Second))
	fmt.Println(<-time.After(time.Second))
	fmt.Println(time.Unix(0, 0).UTC())
}

// Output:
// 2009-11-10 23:00:00.000000011 +0000 UTC m=+0.000000012
// 2009-11-10 23:00:01.500000075 +0000 UTC m=+1.500000076
// 2009-11-11 00:00:00.000000011 +0000 UTC m=+3600.000000012
// 2009-11-10 23:00:00.000000011 +0000 UTC
// 2009-11-10 23:00:00 +0000 UTC
// 2009-11-10 23:00:02.500000333 +0000 UTC m=+2.500000334
// 1970-01-01 00:00:00 +0000 UTC
