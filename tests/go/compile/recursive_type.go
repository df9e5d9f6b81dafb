package main

// Types that contain themselves with no pointer, slice, map, chan or func
// between are invalid; behind one they are fine.

type A struct{ b B }
type B struct{ a A } // ERROR "invalid recursive type A"

type T [2]T // ERROR "invalid recursive type T"

type P struct{ q []P }
type M map[string]M
type F func(F) F
type X struct{ y *Y }
type Y struct{ x X }

func main() {}
