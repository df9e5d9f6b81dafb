// The world of this lesson: the incoming request and the suppliers' quote
// services. Do not edit it; fix main.go. The grader starts it with other
// suppliers (the defaults are the story's):
//
//	-suppliers=acme:120:40ms,bolt:95:25ms,cargo:x:30ms,dyna:80:400ms
//	        name:price:latency for each supplier; price x: the supplier is down
//	        and its quote fails after latency
//	-error=service unavailable   what a supplier that is down answers
//	-trace=req-7f3a              the request's trace id
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// traceKey is the context key of the request's trace id: request-scoped
// data that crosses API boundaries, what context values are for.
type traceKey struct{}

type supplier struct {
	name    string
	price   int
	down    bool
	latency time.Duration
}

type marketWorld struct {
	suppliers []supplier
	errText   string
	trace     string
}

var market = openMarket(os.Args[1:])

func openMarket(args []string) marketWorld {
	w := marketWorld{errText: "service unavailable", trace: "req-7f3a"}
	spec := "acme:120:40ms,bolt:95:25ms,cargo:x:30ms,dyna:80:400ms"
	for _, a := range args {
		key, val, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch key {
		case "suppliers":
			spec = val
		case "error":
			w.errText = val
		case "trace":
			w.trace = val
		}
	}
	for _, item := range strings.Split(spec, ",") {
		parts := strings.Split(item, ":")
		s := supplier{name: parts[0], latency: 10 * time.Millisecond}
		if parts[1] == "x" {
			s.down = true
		} else {
			s.price, _ = strconv.Atoi(parts[1])
		}
		if d, err := time.ParseDuration(parts[2]); err == nil {
			s.latency = d
		}
		w.suppliers = append(w.suppliers, s)
	}
	return w
}

// Request returns the context of the incoming request: it carries the
// request's trace id, which every call to a supplier must forward.
func Request() context.Context {
	return context.WithValue(context.Background(), traceKey{}, market.trace)
}

// Suppliers returns the names of the suppliers to ask for a quote.
func Suppliers() []string {
	names := make([]string, len(market.suppliers))
	for i, s := range market.suppliers {
		names[i] = s.name
	}
	return names
}

// Quote asks one supplier for its price. It gives up as soon as ctx is
// done, and it refuses a call without the request's trace id.
func Quote(ctx context.Context, name string) (int, error) {
	if ctx.Value(traceKey{}) != market.trace {
		return 0, fmt.Errorf("quote %s: missing trace id", name)
	}
	for _, s := range market.suppliers {
		if s.name != name {
			continue
		}
		t := time.NewTimer(s.latency)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return 0, fmt.Errorf("quote %s: %w", name, ctx.Err())
		}
		if s.down {
			return 0, fmt.Errorf("quote %s: %w", name, errors.New(market.errText))
		}
		return s.price, nil
	}
	return 0, fmt.Errorf("quote %s: no such supplier", name)
}
