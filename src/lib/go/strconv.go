// Package strconv is gorolab's subset of Go's strconv package. Formatting
// and parsing are natives over lib/format.c (a port of Go's own code); they
// return an error code that the Go side turns into Go's *NumError values,
// so the texts are Go's: `strconv.Atoi: parsing "x": invalid syntax`.
package strconv

import "errors"

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ...)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The error codes of the parsing natives (lib/format.h NumErr).
const (
	numOK = iota
	numSyntax
	numRange
	numBase
	numBitSize
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

func numError(fn, s string, code, arg int) error {
	switch code {
	case numSyntax:
		return &NumError{fn, s, ErrSyntax}
	case numRange:
		return &NumError{fn, s, ErrRange}
	case numBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(arg))}
	case numBitSize:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(arg))}
	}
	return nil
}

// parseInt, parseUint and parseFloat are the natives behind ParseInt,
// ParseUint and ParseFloat: the value as Go returns it, and an error code.
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

// ParseInt interprets s in the given base (0, 2 to 36) and bit size (0 to
// 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	if code != numOK {
		arg := base
		if code == numBitSize {
			arg = bitSize
		}
		return v, numError("ParseInt", s, code, arg)
	}
	return v, nil
}

// ParseUint is like ParseInt but for unsigned numbers.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != numOK {
		arg := base
		if code == numBitSize {
			arg = bitSize
		}
		return v, numError("ParseUint", s, code, arg)
	}
	return v, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != numOK {
		return int(v), numError("Atoi", s, code, 10)
	}
	return int(v), nil
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != numOK {
		return v, numError("ParseFloat", s, code, 0)
	}
	return v, nil
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// FormatInt returns the string representation of i in the given base (2 to 36).
func FormatInt(i int64, base int) string

// FormatUint returns the string representation of i in the given base (2 to 36).
func FormatUint(i uint64, base int) string

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// FormatFloat converts f to a string according to the format fmt ('b',
// 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec (-1: the fewest
// digits that read back exactly).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string

// QuoteToASCII is Quote with non-ASCII characters escaped.
func QuoteToASCII(s string) string

// QuoteToGraphic is Quote keeping Unicode graphic characters unescaped.
func QuoteToGraphic(s string) string

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune with non-ASCII characters escaped.
func QuoteRuneToASCII(r rune) string

// CanBackquote reports whether s can be written as a raw string literal.
func CanBackquote(s string) bool

// unquote is the native behind Unquote: the value and whether s was valid.
func unquote(s string) (string, bool)

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go
// string literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// AppendFloat appends the string form of the floating-point number f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}
