// Package os is gorolab's subset of Go's os package: Exit, Args, Stdout and
// Stderr, and an always-empty environment (programs are sandboxed). The I/O
// is native (lib_os.c).
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// runtimeArgs returns the program path and its arguments (native).
func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// File is an open file descriptor: only the standard ones here.
type File struct {
	fd   int
	name string
}

// Standard input, output and error.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Write writes len(b) bytes to the File (native).
func (f *File) Write(b []byte) (n int, err error)

// WriteString is like Write, but writes the contents of string s (native).
func (f *File) WriteString(s string) (n int, err error)

// Name returns the name of the file.
func (f *File) Name() string {
	return f.name
}

// Fd returns the file descriptor number.
func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

// Getenv returns "": gorolab programs have no environment.
func Getenv(key string) string {
	return ""
}

// LookupEnv reports that no variable is set.
func LookupEnv(key string) (string, bool) {
	return "", false
}

// Environ returns an empty environment.
func Environ() []string {
	return nil
}
