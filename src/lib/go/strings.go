// Package strings is gorolab's subset of Go's strings package. Searching,
// splitting, trimming by cutset and case mapping are natives (lib_strings.c,
// with Go's results on invalid UTF-8 and empty separators); the functions
// that take a func, Builder and Replacer are Go, ported from Go 1.19.
package strings

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int

// IndexRune returns the index of the first instance of the code point r, or -1.
func IndexRune(s string, r rune) int

// IndexAny returns the index of the first code point of chars in s, or -1.
func IndexAny(s, chars string) int

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int

// IndexFunc returns the index of the first code point satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string

// SplitN slices s into at most n substrings separated by sep.
func SplitN(s, sep string, n int) []string

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string

// SplitAfterN slices s into at most n substrings after each instance of sep.
func SplitAfterN(s, sep string, n int) []string

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	var spans [][2]int
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, end})
				start = -1
			}
		} else {
			if start < 0 {
				start = end
			}
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, span := range spans {
		a[i] = s[span[0]:span[1]]
	}
	return a
}

// Join concatenates the elements of elems, placing sep between them.
func Join(elems []string, sep string) string

// Repeat returns count copies of s; it panics if count is negative.
func Repeat(s string, count int) string

// Replace returns s with the first n non-overlapping instances of old
// replaced by new (all of them if n < 0).
func Replace(s, old, new string, n int) string

// ReplaceAll returns s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// ToUpper returns s with all letters mapped to upper case.
func ToUpper(s string) string

// ToLower returns s with all letters mapped to lower case.
func ToLower(s string) string

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string

// Trim returns s without the leading and trailing code points in cutset.
func Trim(s, cutset string) string

// TrimLeft returns s without the leading code points in cutset.
func TrimLeft(s, cutset string) string

// TrimRight returns s without the trailing code points in cutset.
func TrimRight(s, cutset string) string

// TrimPrefix returns s without the leading prefix string, if present.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix string, if present.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// TrimLeftFunc returns s without the leading code points c satisfying f(c).
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc returns s without the trailing code points c satisfying f(c).
func TrimRightFunc(s string, f func(rune) bool) string {
	end := len(s)
	for end > 0 {
		r, size := lastRune(s, end)
		if !f(r) {
			break
		}
		end -= size
	}
	return s[:end]
}

// lastRune decodes the code point that ends at s[end] as
// utf8.DecodeLastRuneInString(s[:end]) does (native).
func lastRune(s string, end int) (rune, int)

// TrimFunc returns s without the leading and trailing code points c satisfying f(c).
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Map returns s with each code point modified by mapping; a negative
// result drops the code point.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Count counts the non-overlapping instances of substr in s (the number of
// code points plus one if substr is empty).
func Count(s, substr string) int

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t string) bool

// Compare returns -1, 0 or +1 comparing a and b lexicographically.
func Compare(a, b string) int

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without the provided leading prefix and whether it was found.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix and whether it was found.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// A Builder builds a string with Write methods, appending to a byte slice.
type Builder struct {
	buf []byte
}

// String returns the accumulated string.
func (b *Builder) String() string { return string(b.buf) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() { b.buf = nil }

// Grow grows b's capacity, if necessary, to hold another n bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

// Write appends the contents of p to b's buffer.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = append(b.buf, string(r)...)
	return len(b.buf) - n, nil
}

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a Replacer from old, new string pairs. Replacements
// happen in the order they appear in the target string, without overlapping
// matches; at each position the earliest matching pair wins.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0
	replaced := false
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		matched := false
		for k := 0; k+1 < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if old == "" && prevMatchEmpty {
				continue
			}
			if HasPrefix(s[i:], old) {
				b.WriteString(s[last:i])
				b.WriteString(r.oldnew[k+1])
				i += len(old)
				last = i
				matched = true
				replaced = true
				prevMatchEmpty = old == ""
				break
			}
		}
		if matched {
			continue
		}
		prevMatchEmpty = false
		i++
	}
	if !replaced {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
