package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	a int32
	b int64
	c uint32
	d uint64
}

func main() {
	var s stats
	fmt.Println(atomic.AddInt32(&s.a, 5), atomic.AddInt32(&s.a, -7))
	fmt.Println(atomic.AddInt32(&s.a, 2147483647)) // wraps as Go's int32 does
	fmt.Println(atomic.AddUint32(&s.c, ^uint32(0)))  // 0 - 1 wraps
	fmt.Println(atomic.AddInt64(&s.b, 1<<40), atomic.AddUint64(&s.d, 3))
	atomic.StoreInt32(&s.a, 10)
	atomic.StoreInt64(&s.b, -1)
	atomic.StoreUint32(&s.c, 7)
	atomic.StoreUint64(&s.d, 1<<63)
	fmt.Println(atomic.LoadInt32(&s.a), atomic.LoadInt64(&s.b), atomic.LoadUint32(&s.c), atomic.LoadUint64(&s.d))
	fmt.Println(atomic.SwapInt32(&s.a, 11), atomic.SwapInt64(&s.b, 12), atomic.SwapUint32(&s.c, 13), atomic.SwapUint64(&s.d, 14))
	fmt.Println(s)
	fmt.Println(atomic.CompareAndSwapInt32(&s.a, 11, 20), atomic.CompareAndSwapInt32(&s.a, 11, 30), s.a)
	fmt.Println(atomic.CompareAndSwapInt64(&s.b, 12, 21), atomic.CompareAndSwapUint32(&s.c, 0, 1), atomic.CompareAndSwapUint64(&s.d, 14, 0))
	fmt.Println(s)
	arr := []int64{1, 2, 3}
	atomic.AddInt64(&arr[1], 40)
	fmt.Println(arr)
	x := new(int32)
	atomic.StoreInt32(x, -5)
	fmt.Println(*x)
}

// Output:
// 5 -2
// 2147483645
// 4294967295
// 1099511627776 3
// 10 -1 7 9223372036854775808
// 10 -1 7 9223372036854775808
// {11 12 13 14}
// true false 20
// true false true
// {20 21 13 0}
// [1 42 3]
// -5
