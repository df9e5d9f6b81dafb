// strings: build a 5.75 MB string from 1,000,000 short concatenations
// (word + ","), appending each piece's bytes to a []byte, convert it to a
// string, then hash it byte by byte. Measures short-string concatenation
// (one small allocation per iteration), len, string indexing, []byte append
// and the []byte -> string conversion. (Repeated s += "x" on one growing
// string is quadratic and is deliberately not measured.)
package main

import "fmt"

func main() {
	words := []string{"alpha", "beta", "gamma", "delta"}
	var buf []byte
	for i := 0; i < 1000000; i++ {
		w := words[i%4] + ","
		for j := 0; j < len(w); j++ {
			buf = append(buf, w[j])
		}
	}
	s := string(buf)
	h := 0
	for i := 0; i < len(s); i++ {
		h = (h*31 + int(s[i])) & 0xffffff
	}
	fmt.Println(len(s), h)
}
