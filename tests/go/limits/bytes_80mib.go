// An 80 MiB []byte takes 80 MiB of the Go heap (one byte per element), so
// it fits under the default 1 GiB heap limit, grown by append, copied and
// converted to a string too.
package main

import "fmt"

func main() {
	b := make([]byte, 80<<20)
	b[0], b[len(b)-1] = 'a', 'z'
	c := append(b, '!')
	d := make([]byte, len(c))
	n := copy(d, c)
	s := string(d[len(d)-2:])
	var a [100 << 20]byte
	a[len(a)-1] = 7
	fmt.Println(len(b), cap(c) >= len(c), n, s, d[0], a[len(a)-1], len(string(b)))
}

// Output:
// 83886080 true 83886081 z! 97 7 83886080
