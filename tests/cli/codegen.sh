#!/bin/sh
# tests/cli/codegen.sh: the bytecode of bench/'s hot loops (issue 16), as
# GOROLAB_DISASM lists it: Lock and Unlock on a captured mutex are one
# MLOCKU/MUNLOCKU each (no GETUP, MOVE, ADDRW, CALL), `count++` on a captured
# counter is one INCUPL, `c += d` reads and writes it with GETUPL/SETUPL,
# `s += i & 7` has its constant in ANDI, `i*7919` in MULI, `i%1000` in MODI,
# a range over a slice ends in FORLT, a range over a channel receives and
# tests in one RECVRANGE, and `i++; i < 50000000` is one FORLTC (with no
# LOADI of the bound).
t=$(mktemp -d "${TMPDIR:-/tmp}/codegen.XXXXXX") || exit 99
trap 'rm -rf "$t"' EXIT
echo "1..6"

# check N NAME: ok when $got is $want
check() {
    if test "$got" = "$want"; then echo "ok $1 - $2"
    else echo "not ok $1 - $2"; echo "# got:  $got"; echo "# want: $want"; fi
}

# body FILE FUNC: the instructions of FUNC's listing, one opcode a line
body() {
    GOROLAB_DISASM=1 "$GOROLAB" run "$1" 2>&1 >/dev/null |
        awk -v f="$2" '/^[^ ]/ { on = ($1 == f ":") ; next } on { print $3 }'
}

cat >"$t/mutex.go" <<'GO'
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
GO
got=$(body "$t/mutex.go" main.main.func1 | sed -n '/^JMP$/,/^IJLTK$/p' | tr '\n' ' ')
want="JMP MLOCKU INCUPL MUNLOCKU FORLTK IJLTK "
check 1 "a captured mutex: MLOCKU, MUNLOCKU; count++ one INCUPL"

cat >"$t/loop.go" <<'GO'
package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 50000000; i++ {
		s += i & 7
	}
	fmt.Println(s)
}
GO
got=$(body "$t/loop.go" main.main | sed -n '/^JMP$/,/^IJLTC$/p' | tr '\n' ' ')
want="JMP ANDI ADD FORLTC IJLTC "
check 2 "a counted loop: ANDI, ADD, FORLTC"

cat >"$t/closure.go" <<'GO'
package main

import "fmt"

func counter() func(int) int {
	c := 0
	return func(d int) int {
		c += d
		return c
	}
}

func main() {
	next := counter()
	fmt.Println(next(1), next(2))
}
GO
got=$(body "$t/closure.go" main.counter.func1 | tr '\n' ' ')
want="GETUPL ADD SETUPL GETUPL RET LOADZ RET "
check 3 "a captured counter: GETUPL, SETUPL"

cat >"$t/muli.go" <<'GO'
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i*7919] = 7919 * i
	}
	fmt.Println(len(m))
}
GO
got=$(body "$t/muli.go" main.main | sed -n '/^JMP$/,/^IJLTK$/p' | tr '\n' ' ')
want="JMP MULI MULI MSET FORLTK IJLTK "
check 4 "a product with a small constant, on either side: MULI"

cat >"$t/range.go" <<'GO'
package main

import "fmt"

func main() {
	var a []int
	for i := 0; i < 10; i++ {
		a = append(a, i%1000)
	}
	s := 0
	for _, v := range a {
		s += v
	}
	fmt.Println(s)
}
GO
got=$(body "$t/range.go" main.main | grep -E '^(MODI|MOD|LOADI|IINDEXW|ADD|ADDI|FORLT|IJLT)$' | tr '\n' ' ')
want="LOADI MODI LOADI LOADI IINDEXW ADD FORLT IJLT "
check 5 "i%1000 is one MODI; a range over a slice steps with FORLT"

cat >"$t/rangechan.go" <<'GO'
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	s := 0
	for v := range ch {
		if v == 2 {
			continue
		}
		s += v
	}
	fmt.Println(s)
}
GO
got=$(body "$t/rangechan.go" main.main | grep -E '^(RECV|RECV2|RECVRANGE|JF|JMP|ADD)$' | tr '\n' ' ')
want="RECVRANGE JMP ADD JMP "
check 6 "a range over a channel receives and leaves in one RECVRANGE"
