// Package log is gorolab's subset of Go's log package: the standard logger
// (Print*, Fatal*, Panic*, flags and prefix) and Logger values, writing
// "2009/11/10 23:00:00 message" lines to standard error. Pure Go, ported from
// Go 1.19's log.go. The file flags (Llongfile, Lshortfile) print nothing:
// programs have no access to their callers' positions.
package log

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Flags that select the header of each line, as in Go.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123
	Llongfile                     // full file name and line number (not printed here)
	Lshortfile                    // final file name element and line number (not printed here)
	LUTC                          // use UTC rather than the local time zone
	Lmsgprefix                    // move the prefix from the start of the line to the message
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger writes lines of output to an io.Writer.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger writing to out.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level functions.
func Default() *Logger { return std }

// itoa writes n as decimal, zero-padded to wid digits.
func itoa(n int, wid int) string {
	s := ""
	for n >= 10 || wid > 1 {
		s = string(rune('0'+n%10)) + s
		n /= 10
		wid--
	}
	return string(rune('0'+n)) + s
}

func (l *Logger) header() string {
	h := ""
	if l.flag&Lmsgprefix == 0 {
		h += l.prefix
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		t := time.Now()
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			h += itoa(year, 4) + "/" + itoa(int(month), 2) + "/" + itoa(day, 2) + " "
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			h += itoa(hour, 2) + ":" + itoa(min, 2) + ":" + itoa(sec, 2)
			if l.flag&Lmicroseconds != 0 {
				h += "." + itoa(t.Nanosecond()/1000, 6)
			}
			h += " "
		}
	}
	if l.flag&Lmsgprefix != 0 {
		h += l.prefix
	}
	return h
}

// Output writes the header and s, adding a newline if s lacks one.
// calldepth is accepted for compatibility and ignored.
func (l *Logger) Output(calldepth int, s string) error {
	line := l.header() + s
	if len(s) == 0 || s[len(s)-1] != '\n' {
		line += "\n"
	}
	_, err := l.out.Write([]byte(line))
	return err
}

// Print calls l.Output to print to the logger, with fmt.Sprint's formatting.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Printf calls l.Output to print to the logger, with fmt.Sprintf's formatting.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Println calls l.Output to print to the logger, with fmt.Sprintln's formatting.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is l.Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is l.Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is l.Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is l.Print followed by a call to panic().
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is l.Printf followed by a call to panic().
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is l.Println followed by a call to panic().
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int { return l.flag }

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) { l.flag = flag }

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string { return l.prefix }

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer { return l.out }

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) { l.out = w }

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.out = w }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.flag }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.flag = flag }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.prefix }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.prefix = prefix }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.out }

// Output writes s with the standard logger's header.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// Print prints to the standard logger, with fmt.Sprint's formatting.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf prints to the standard logger, with fmt.Sprintf's formatting.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println prints to the standard logger, with fmt.Sprintln's formatting.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a call to panic().
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by a call to panic().
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println followed by a call to panic().
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
