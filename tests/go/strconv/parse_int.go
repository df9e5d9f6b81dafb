package main

import (
	"fmt"
	"strconv"
)

func main() {
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-101", 2, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("zz", 10, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<63, 10))
}

// Output:
// 255 <nil>
// -5 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// 31 <nil>
// 0 strconv.ParseInt: parsing "zz": invalid syntax
// 18446744073709551615 <nil>
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 11111111 -ff z
// 9223372036854775808
