// The world of this lesson: the log files on disk and the log server. You do
// not edit it. The grader starts it with other files, sizes and read times:
//
//	-files=app.log:3:7ms,db.log:2:6ms,nginx.log:4:9ms   name:lines:time per line
//	-flush=50ms                                         time to flush a batch
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// A LogFile is one file being read, a line at a time.
type LogFile struct {
	name  string
	*file // the file on disk: how long it is is not the shipper's to know
}

// file is a log file on disk (behind a pointer, so that printing a LogFile
// does not show it).
type file struct {
	size  int           // lines in the file
	read  int           // lines read so far
	delay time.Duration // time to read one line from disk
}

// ReadLine reads the next line; ok is false at the end of the file.
func (f *LogFile) ReadLine() (line string, ok bool) {
	if f.read >= f.size {
		return "", false
	}
	time.Sleep(f.delay)
	f.read++
	return fmt.Sprintf("%s:%d", f.name, f.read), true
}

// OpenLogs opens the files to ship.
func OpenLogs() []*LogFile {
	spec := flagValue("files", "app.log:3:7ms,db.log:2:6ms,nginx.log:4:9ms")
	var files []*LogFile
	for _, item := range strings.Split(spec, ",") {
		parts := strings.Split(item, ":")
		f := &LogFile{name: parts[0], file: &file{size: 1, delay: time.Millisecond}}
		if len(parts) > 1 {
			f.size, _ = strconv.Atoi(parts[1])
		}
		if len(parts) > 2 {
			f.delay = duration(parts[2], time.Millisecond)
		}
		files = append(files, f)
	}
	return files
}

// FlushBatch sends the shipped lines on to the log server.
func FlushBatch() {
	time.Sleep(duration(flagValue("flush", "50ms"), 50*time.Millisecond))
}

// flagValue returns the value of -name=value among the program's arguments.
func flagValue(name, def string) string {
	for _, arg := range os.Args[1:] {
		if strings.HasPrefix(arg, "-"+name+"=") {
			return strings.TrimPrefix(arg, "-"+name+"=")
		}
	}
	return def
}

// duration parses "7ms", "2s" or "150us"; def when it cannot.
func duration(s string, def time.Duration) time.Duration {
	units := []struct {
		suffix string
		unit   time.Duration
	}{{"ms", time.Millisecond}, {"us", time.Microsecond}, {"s", time.Second}}
	for _, u := range units {
		if v, err := strconv.Atoi(strings.TrimSuffix(s, u.suffix)); err == nil && strings.HasSuffix(s, u.suffix) {
			return time.Duration(v) * u.unit
		}
	}
	return def
}
