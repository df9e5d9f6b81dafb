// Byte slices and byte arrays through fmt, conversions, strings.Builder,
// strconv.Append*, sort and os.Stdout.Write, which all read the bytes.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type T struct {
	Name string
	Sum  [4]byte
	Raw  []byte
}

func main() {
	b := []byte("Go\x00\xff")
	var nb []byte
	a := [3]byte{'x', 'y', 'z'}
	fmt.Printf("%v|%s|%x|%X|%q|%d|% x\n", b, b[:2], b, b, b, b, b)
	fmt.Printf("%v|%s|%x|%q|%v|%s|\n", a, a, a, a, nb, nb)
	fmt.Printf("%v %+v\n", T{"t", [4]byte{1, 2}, []byte("hi")}, T{Raw: b[:1]})
	fmt.Printf("%#v\n", []byte{1, 2})
	fmt.Println(b, a, nb == nil, fmt.Sprint(b[1:2]))
	fmt.Println([]bool{true, false}, [2]int8{-5, 5}, fmt.Sprintf("%08b", b[3]))

	r := []rune(string(b[:2]) + "é世")
	fmt.Println(r, string(r), len(string(r)))
	s := string(b[:2])
	b[0] = 'X' // the string is a copy
	fmt.Println(s, string(b[:2]))

	var sb strings.Builder
	sb.Write([]byte("abc"))
	sb.WriteByte('d')
	sb.WriteString("ef")
	fmt.Println(sb.String(), sb.Len())

	buf := make([]byte, 0, 4)
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf), len(buf))

	bs := []byte("zyxwvu")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	fmt.Println(string(bs))
	ks := [][2]byte{{3, 1}, {1, 2}, {2, 3}}
	sort.Slice(ks, func(i, j int) bool { return ks[i][0] < ks[j][0] })
	fmt.Println(ks)

	os.Stdout.Write([]byte("written\n"))
	fmt.Fprintf(os.Stdout, "%s\n", bs[:2])
	fmt.Println(strings.ToUpper(string(bs)), strings.Contains(string(bs), "wx"))
}

// Output:
// [71 111 0 255]|Go|476f00ff|476F00FF|"Go\x00\xff"|[71 111 0 255]|47 6f 00 ff
// [120 121 122]|xyz|78797a|"xyz"|[]||
// {t [1 2 0 0] [104 105]} {Name: Sum:[0 0 0 0] Raw:[71]}
// []byte{0x1, 0x2}
// [71 111 0 255] [120 121 122] true [111]
// [true false] [-5 5] 11111111
// [71 111 233 19990] Goé世 7
// Go Xo
// abcdef 6
// -42 true"q" 11
// uvwxyz
// [[1 2] [2 3] [3 1]]
// written
// uv
// UVWXYZ true
