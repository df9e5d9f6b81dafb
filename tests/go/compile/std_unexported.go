// Another package's unexported fields and methods cannot be written,
// addressed or called, not only read (Go 1.20's words).
package main

import (
	"sync"
	"time"
)

type Later struct{ time.Timer }

func main() {
	var t time.Timer
	_ = &t.r // ERROR "t.r undefined \(cannot refer to unexported field r\)$"
	var o sync.Once
	o.doSlow(func() {}) // ERROR "o.doSlow undefined \(cannot refer to unexported method doSlow\)$"
	f := o.doSlow       // ERROR "o.doSlow undefined \(cannot refer to unexported method doSlow\)$"
	_ = f
	var l Later
	_ = &l.r // ERROR "l.r undefined \(cannot refer to unexported field r\)$"
}
