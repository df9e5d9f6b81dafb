// Package time is gorolab's subset of Go's time package: Duration with Go's
// printing and parsing, and Time on gorolab's virtual clock, always in UTC.
// Durations print and parse through natives (lib_time.c, ports of Go's
// code); Time is a struct of nanoseconds since the Unix epoch, so its zero
// value is 1970-01-01 00:00:00 UTC (Go's zero Time is year 1).
// Timers and tickers run on the virtual clock (lib_time.c over rt/sched.c's
// timer heap).
package time

import "errors"

// A Duration is the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration formatted as "72h3m0.5s", "1.5s", "250ms",
// "0s" (native: Go's Duration.String).
func (d Duration) String() string

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m,
// halfway values away from zero, saturating at the extremes.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// Abs returns the absolute value of d; Abs of the minimum Duration is the maximum.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// parseDuration is the native behind ParseDuration: the duration, or the
// text of Go's error.
func parseDuration(s string) (int64, string)

// ParseDuration parses a duration string such as "300ms", "-1.5h" or
// "2h45m"; units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return Duration(d), nil
}

// Sleep pauses the current goroutine for at least the duration d.
//
// gorolab: for now a native that returns at once and advances nothing; the
// scheduler (next issue) parks the goroutine on the virtual clock instead.
func Sleep(d Duration)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	s := ""
	for u > 0 {
		s = string(rune('0'+u%10)) + s
		u /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Layouts understood by Format.
const (
	Layout   = "01/02 03:04:05PM '06 -0700"
	ANSIC    = "Mon Jan _2 15:04:05 2006"
	UnixDate = "Mon Jan _2 15:04:05 MST 2006"
	RFC822   = "02 Jan 06 15:04 MST"
	RFC1123  = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339  = "2006-01-02T15:04:05Z07:00"
	Kitchen  = "3:04PM"
	DateTime = "2006-01-02 15:04:05"
	DateOnly = "2006-01-02"
	TimeOnly = "15:04:05"
)

// A Time is an instant with nanosecond precision, in UTC.
type Time struct {
	ns   int64 // nanoseconds since 1970-01-01 00:00:00 UTC
	mono int64 // Go's monotonic clock reading (ns since the program started, >= 1); 0: none
}

// startNs is the virtual clock when every run starts (2009-11-10 23:00:00 UTC).
const startNs = 1257894000000000000

// now reads gorolab's virtual clock in nanoseconds since the Unix epoch (native).
func now() int64

// civil returns the UTC calendar fields of the instant ns (native).
func civil(ns int64) (year, month, day, hour, min, sec, nsec, wday, yday int)

// formatTime formats the instant ns with Go's layout rules (native).
func formatTime(ns int64, layout string) string

// Now returns the current time on gorolab's virtual clock.
// Like Go's, it carries a monotonic clock reading, which String shows as
// " m=+0.000000001".
func Now() Time {
	n := now()
	return Time{n, n - startNs + 1}
}

// Unix returns the Time of the given Unix seconds and nanoseconds.
func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec, 0} }

// UnixMilli returns the Time of the given Unix milliseconds.
func UnixMilli(msec int64) Time { return Time{msec * 1e6, 0} }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u, saturating at the Duration extremes.
func (t Time) Sub(u Time) Duration {
	d := Duration(t.ns - u.ns)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	m := t.mono
	if m != 0 {
		m += int64(d)
		if (d < 0) != (m < t.mono) || m <= 0 {
			m = 0 // out of the monotonic range: Go strips it
		}
	}
	return Time{t.ns + int64(d), m}
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.ns < u.ns }

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.ns > u.ns }

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool { return t.ns == u.ns }

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.ns < u.ns:
		return -1
	case t.ns > u.ns:
		return +1
	}
	return 0
}

// Unix returns t as Unix seconds.
func (t Time) Unix() int64 {
	s := t.ns / 1e9
	if t.ns%1e9 < 0 {
		s--
	}
	return s
}

// UnixMilli returns t as Unix milliseconds.
func (t Time) UnixMilli() int64 {
	ms := t.ns / 1e6
	if t.ns%1e6 < 0 {
		ms--
	}
	return ms
}

// UnixMicro returns t as Unix microseconds.
func (t Time) UnixMicro() int64 {
	us := t.ns / 1e3
	if t.ns%1e3 < 0 {
		us--
	}
	return us
}

// UnixNano returns t as Unix nanoseconds.
func (t Time) UnixNano() int64 { return t.ns }

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _, _ := civil(t.ns)
	return y, Month(m), d
}

// Clock returns the hour, minute and second of t.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, mi, s, _, _, _ := civil(t.ns)
	return h, mi, s
}

// Year returns the year of t.
func (t Time) Year() int {
	y, _, _, _, _, _, _, _, _ := civil(t.ns)
	return y
}

// Month returns the month of the year of t.
func (t Time) Month() Month {
	_, m, _, _, _, _, _, _, _ := civil(t.ns)
	return Month(m)
}

// Day returns the day of the month of t.
func (t Time) Day() int {
	_, _, d, _, _, _, _, _, _ := civil(t.ns)
	return d
}

// Hour returns the hour of t, in [0, 23].
func (t Time) Hour() int {
	_, _, _, h, _, _, _, _, _ := civil(t.ns)
	return h
}

// Minute returns the minute of t, in [0, 59].
func (t Time) Minute() int {
	_, _, _, _, mi, _, _, _, _ := civil(t.ns)
	return mi
}

// Second returns the second of t, in [0, 59].
func (t Time) Second() int {
	_, _, _, _, _, s, _, _, _ := civil(t.ns)
	return s
}

// Nanosecond returns the nanosecond offset within the second of t.
func (t Time) Nanosecond() int {
	_, _, _, _, _, _, ns, _, _ := civil(t.ns)
	return ns
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, _, wd, _ := civil(t.ns)
	return Weekday(wd)
}

// YearDay returns the day of the year of t, in [1, 366].
func (t Time) YearDay() int {
	_, _, _, _, _, _, _, _, yd := civil(t.ns)
	return yd
}

// Truncate returns t rounded down to a multiple of d since the Unix epoch
// (Go counts from year 1; the results agree for d dividing a day).
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return Time{t.ns, 0} // as Go: no monotonic reading
	}
	r := t.ns % int64(d)
	if r < 0 {
		r += int64(d)
	}
	return Time{t.ns - r, 0}
}

// Round returns t rounded to the nearest multiple of d (halfway values
// round up), without its monotonic reading; Round(0) only strips that.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return Time{t.ns, 0}
	}
	r := t.ns % int64(d)
	if r < 0 {
		r += int64(d)
	}
	if uint64(r)+uint64(r) < uint64(d) {
		return Time{t.ns - r, 0}
	}
	return Time{t.ns + int64(d) - r, 0}
}

// UTC returns t in UTC (gorolab's times are all in UTC).
func (t Time) UTC() Time { return t }

// Local returns t in the local time zone, which in gorolab is UTC.
func (t Time) Local() Time { return t }

// Format returns t formatted with Go's reference layout
// "Mon Jan 2 15:04:05 MST 2006", in UTC.
func (t Time) Format(layout string) string { return formatTime(t.ns, layout) }

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST".
//
// A time with a monotonic clock reading (from Now) ends with it, as Go's
// does: " m=+0.000000001" (seconds, with nine decimals).
func (t Time) String() string {
	s := formatTime(t.ns, "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		frac := itoa(int(m % 1e9))
		for len(frac) < 9 {
			frac = "0" + frac
		}
		s += " m=" + sign + itoa(int(m/1e9)) + "." + frac
	}
	return s
}


// ---- timers -------------------------------------------------------------

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc. A Timer must be created with NewTimer or AfterFunc.
//
// gorolab: C has a buffer of one and a send that finds it full is dropped,
// as before Go 1.23; under Go 1.23 and later (the default) Stop and Reset
// empty it, so that no stale value is received after them, as Go 1.23's
// synchronous timer channels guarantee.
type Timer struct {
	C <-chan Time
	r int64     // handle of the runtime timer while armed (lib_time.c); 0 otherwise
	c chan Time // C's sending side; nil for AfterFunc
	f func()    // AfterFunc's function
}

// startTimer arms t's runtime timer: due in d ns, then every period ns if
// period > 0 (native).
func startTimer(t *Timer, d int64, period int64)

// stopTimer disarms t's runtime timer; true if it was armed (native).
func stopTimer(t *Timer) bool

// resetTimer re-arms t's runtime timer; true if it was armed (native).
func resetTimer(t *Timer, d int64, period int64) bool

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	C := make(chan Time, 1)
	t := &Timer{C: C, c: C}
	startTimer(t, int64(d), 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the
// timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t)
}

// Reset changes the timer to expire after duration d. It returns true if the
// timer had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t, int64(d), 0)
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method. The returned Timer's C field is not used.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	startTimer(t, int64(d), 0)
	return t
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r int64       // handle of the runtime timer while armed (lib_time.c); 0 otherwise
	c chan Time
	f func()
}

// startTicker, stopTicker and resetTicker are startTimer, stopTimer and
// resetTimer for Tickers (natives).
func startTicker(t *Ticker, d int64, period int64)
func stopTicker(t *Ticker) bool
func resetTicker(t *Ticker, d int64, period int64) bool

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The ticker will drop ticks to make up
// for slow receivers. The duration d must be greater than zero; if not,
// NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	C := make(chan Time, 1)
	t := &Ticker{C: C, c: C}
	startTicker(t, int64(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.c == nil {
		return
	}
	stopTicker(t)
}

// Reset stops a ticker and resets its period to the specified duration. The
// next tick will arrive after the new period elapses. The duration d must be
// greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTicker(t, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
