/* highlight_test.c: unit tests for tui/highlight (Go syntax roles per byte).
 * Roles are rendered one letter a byte: p k t b s n c (plain, keyword, type,
 * builtin, string, number, comment); '?' marks a byte hl_line left unset. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tui/highlight.h"
#include "tap.h"

static const char letters[HL_COUNT + 1] = "pktbsnc";

/* render runs hl_line on an exact-size copy of line (no NUL, so the sanitizer
 * sees any read or write past len) and returns the roles as letters. */
static const char *render(const char *line, HlState *st)
{
    static char out[512];
    size_t n = strlen(line);
    char *copy = n ? malloc(n) : NULL;
    unsigned char *roles = n ? malloc(n) : NULL;
    if (n) {
        memcpy(copy, line, n);
        memset(roles, 0xEE, n);
    }
    hl_line(copy, n, st, roles);
    for (size_t k = 0; k < n && k + 1 < sizeof out; k++)
        out[k] = roles[k] < HL_COUNT ? letters[roles[k]] : '?';
    out[n < sizeof out ? n : sizeof out - 1] = '\0';
    free(copy);
    free(roles);
    return out;
}

/* One line from a fresh state; the line must leave no state open. */
static void check(int ln, const char *line, const char *want)
{
    HlState st = {0};
    is_str_at(render(line, &st), want, __FILE__, ln, "'%s'", line);
    is_int_at(st.in, HL_IN_NONE, __FILE__, ln, "'%s' leaves no state", line);
}

/* One line of a sequence sharing *st, and the state it leaves. */
static void check_in(int ln, HlState *st, const char *line, const char *want, int in)
{
    is_str_at(render(line, st), want, __FILE__, ln, "'%s' (in sequence)", line);
    is_int_at(st->in, in, __FILE__, ln, "'%s' leaves state %d", line, in);
}

#define CASE(line, want) check(__LINE__, line, want)
#define SEQ(st, line, want, in) check_in(__LINE__, st, line, want, in)

static const char *keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
    "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
    "return", "select", "struct", "switch", "type", "var",
};
static const char *types[] = {
    "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8",
    "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64",
    "uintptr", "any", "comparable",
};
static const char *builtins[] = {
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
    "max", "min", "new", "panic", "print", "println", "real", "recover",
    "true", "false", "iota", "nil",
};

#define NELEM(a) (sizeof (a) / sizeof (a)[0])

/* Each word alone has its role; with a letter after it, or after a selector,
 * it is a plain identifier. */
static void check_words(const char **words, size_t n, char letter, const char *what)
{
    char line[64], want[64];
    size_t bad_alone = 0, bad_longer = 0, bad_selector = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(words[i]);
        HlState st = {0};
        memset(want, letter, len);
        want[len] = '\0';
        if (strcmp(render(words[i], &st), want) != 0) bad_alone++;

        memcpy(line, words[i], len);
        memcpy(line + len, "X", 2);
        memset(want, 'p', len + 1);
        want[len + 1] = '\0';
        if (strcmp(render(line, &st), want) != 0) bad_longer++;

        memcpy(line, "x.", 2);
        memcpy(line + 2, words[i], len + 1);
        want[len + 2] = '\0';
        memset(want, 'p', len + 2);
        if (strcmp(render(line, &st), want) != 0) bad_selector++;
    }
    is_int((long long)bad_alone, 0, "all %zu %s are '%c' alone", n, what, letter);
    is_int((long long)bad_longer, 0, "%s followed by a letter are plain", what);
    is_int((long long)bad_selector, 0, "%s after a selector '.' are plain", what);
}

/* fuzz feeds lines glued from tricky fragments: every role must be set and in
 * range, the state valid, and no UTF-8 character split between roles. */
static void fuzz(void)
{
    static const char *frag[] = {
        "é", "中", "😀", "\"", "'", "`", "/*", "*/", "//", "/", "*", "\\", ".", "...",
        "5", "0x", "e", "p", "i", "_", "x", " ", "\t", "int", "len", "chan", "1e", "+",
    };
    uint32_t seed = 12345;
    int unset = 0, bad_state = 0, split = 0;
    HlState st = {0};
    for (int n = 0; n < 5000; n++) {
        char line[256] = "";
        size_t len = 0;
        seed = seed * 1103515245u + 12345u;
        int parts = (int)(seed >> 16) % 24;
        for (int k = 0; k < parts; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *f = frag[(seed >> 16) % NELEM(frag)];
            memcpy(line + len, f, strlen(f) + 1);
            len += strlen(f);
        }
        const char *r = render(line, &st);
        if (strchr(r, '?')) unset++;
        if (st.in != HL_IN_NONE && st.in != HL_IN_COMMENT && st.in != HL_IN_RAW) bad_state++;
        for (size_t k = 1; k < len; k++)
            if (((unsigned char)line[k] & 0xC0) == 0x80 && r[k] != r[k - 1]) split++;
    }
    is_int(unset, 0, "fuzz: every byte gets a role");
    is_int(bad_state, 0, "fuzz: the state stays valid");
    is_int(split, 0, "fuzz: no UTF-8 character is split between roles");
}

int main(void)
{
    plan_lazy();

    /* Keywords, types and builtins: whole identifiers, never after a selector. */
    check_words(keywords, NELEM(keywords), 'k', "keywords");
    check_words(types, NELEM(types), 't', "types");
    check_words(builtins, NELEM(builtins), 'b', "builtins");
    is_int((long long)NELEM(keywords), 25, "Go has 25 keywords");

    CASE("package main",
         "kkkkkkkppppp");
    CASE("import \"fmt\"",
         "kkkkkkpsssss");
    CASE("func main() {",
         "kkkkppppppppp");
    CASE("\tfor i := range 10 {",
         "pkkkppppppkkkkkpnnpp");
    CASE("var x int = 3",
         "kkkppptttpppn");
    CASE("ch := make(chan int, 3)",
         "ppppppbbbbpkkkkptttppnp");
    CASE("n := int64(x)",
         "ppppptttttppp");
    CASE("time.Second",
         "ppppppppppp");
    CASE("x.len",
         "ppppp");
    CASE("x. len(y)",
         "ppppppppp");
    CASE("t := time.Duration(5)",
         "pppppppppppppppppppnp");
    CASE("b := bytes.NewBuffer(nil).Len()",
         "pppppppppppppppppppppbbbppppppp");
    CASE("func f(xs ...int)",
         "kkkkppppppppptttp");
    CASE("append(a, b...)",
         "bbbbbbppppppppp");
    CASE("c := make(chan<- int)",
         "pppppbbbbpkkkkppptttp");
    CASE("func f(c <-chan int)",
         "kkkkpppppppkkkkptttp");
    CASE("v, ok := <-ch",
         "ppppppppppppp");
    CASE("case v, ok := <-ch:",
         "kkkkppppppppppppppp");
    CASE("if err != nil {",
         "kkppppppppbbbpp");
    CASE("x = true && !false",
         "ppppbbbbpppppbbbbb");
    CASE("const ( A = iota )",
         "kkkkkpppppppbbbbpp");
    CASE("type T struct{ m map[string]any }",
         "kkkkpppkkkkkkppppkkkpttttttptttpp");
    CASE("go func() { defer wg.Done(); recover() }()",
         "kkpkkkkpppppkkkkkppppppppppppbbbbbbbpppppp");
    CASE("internal := chanX + intx + x_int + int_ + _int + int2",
         "ppppppppppppppppppppppppppppppppppppppppppppppppppppp");
    CASE("Len len LEN",
         "ppppbbbpppp");
    CASE("switch v := x.(type) {",
         "kkkkkkpppppppppkkkkppp");
    CASE("n, ok := x.(int)",
         "pppppppppppptttp");
    CASE("string(b)",
         "ttttttppp");
    CASE("var _ comparable = any(nil)",
         "kkkpppttttttttttppptttpbbbp");

    /* Strings and runes. */
    CASE("s := \"a\\\"b\" + x",
         "pppppsssssspppp");
    CASE("\"a\\\\\" + b",
         "ssssspppp");
    CASE("x := \"unterminated \\\" y",
         "pppppssssssssssssssssss");
    CASE("'a' + '\\'' + '\\\\'",
         "ssspppsssspppssss");
    CASE("x := \"// not a comment\"",
         "pppppssssssssssssssssss");
    CASE("\"/* no */\" + y",
         "sssssssssspppp");
    CASE("\"`\" + y",
         "ssspppp");
    CASE("fmt.Println(\"héllo\")",
         "ppppppppppppssssssssp");
    CASE("\"中\" + '文'",
         "ssssspppsssss");
    CASE("\"\"",
         "ss");
    CASE("'\\x00' != \"\\u00e9\"",
         "ssssssppppssssssss");
    CASE("x := \"ends in backslash\\",
         "pppppsssssssssssssssssss");

    /* Raw strings, on one line and across lines. */
    CASE("s := `raw \\n // x`",
         "pppppsssssssssssss");
    HlState st = {0};
    SEQ(&st, "q := `first",
             "pppppssssss", HL_IN_RAW);
    SEQ(&st, "second /* no */ \"",
             "sssssssssssssssss", HL_IN_RAW);
    SEQ(&st, "",
             "", HL_IN_RAW);
    SEQ(&st, "end` + len(x) // done",
             "sssspppbbbppppccccccc", HL_IN_NONE);
    SEQ(&st, "`",
             "s", HL_IN_RAW);
    SEQ(&st, "``",      /* closes one raw string, opens the next */
             "ss", HL_IN_RAW);
    SEQ(&st, "`",
             "s", HL_IN_NONE);

    /* Comments. */
    CASE("// only a comment",
         "ccccccccccccccccc");
    CASE("x // int `raw \"str",
         "ppcccccccccccccccc");
    CASE("x /* a // b */ y",
         "ppccccccccccccpp");
    CASE("/* nested /* inner */ int",
         "cccccccccccccccccccccpttt");
    CASE("/**/int",
         "ccccttt");
    CASE("// 注释",
         "ccccccccc");
    CASE("a/b",
         "ppp");
    st = (HlState){0};
    SEQ(&st, "a := 1 /* start",
             "pppppnpcccccccc", HL_IN_COMMENT);
    SEQ(&st, "  `still comment` \"x\" // */",
             "ccccccccccccccccccccccccccc", HL_IN_NONE);
    SEQ(&st, "/*/ x",
             "ccccc", HL_IN_COMMENT);
    SEQ(&st, "",
             "", HL_IN_COMMENT);
    SEQ(&st, "*/",
             "cc", HL_IN_NONE);
    SEQ(&st, "/*",
             "cc", HL_IN_COMMENT);
    SEQ(&st, "*/ return /* again",
             "ccpkkkkkkpcccccccc", HL_IN_COMMENT);
    SEQ(&st, "end */ int /* x */ `raw",
             "ccccccptttpcccccccpssss", HL_IN_RAW);
    st.in = 7;  /* not a state: treated as none */
    SEQ(&st, "int",
             "ttt", HL_IN_NONE);

    /* Numbers. */
    CASE("1e9",
         "nnn");
    CASE("0x_FF",
         "nnnnn");
    CASE(".5",
         "nn");
    CASE("a.5",
         "ppn");
    CASE("é.5",
         "pppn");
    CASE("f(.5)",
         "ppnnp");
    CASE("3i",
         "nn");
    CASE("3.14i",
         "nnnnn");
    CASE("1_000_000",
         "nnnnnnnnn");
    CASE("0b1010 0B1 0o17 0O7 0777 08.5",
         "nnnnnnpnnnpnnnnpnnnpnnnnpnnnn");
    CASE("1.5e-3 6.02E+23 1e",
         "nnnnnnpnnnnnnnnpnp");
    CASE("0x1.8p3 0x1p-2i 0XaBc 1.",
         "nnnnnnnpnnnnnnnpnnnnnpnn");
    CASE("x1 + 2*y3",
         "pppppnppp");
    CASE("a[1:] + 1.e5",
         "ppnpppppnnnn");
    CASE("0xe+1",
         "nnnpn");
    CASE("0xg",
         "nnp");

    /* UTF-8 identifiers stay whole and are never keywords. */
    CASE("café := 中文 + int",
         "ppppppppppppppppppttt");
    CASE("int中 := lenè",
         "ppppppppppppppp");
    CASE("x.é := ç",
         "pppppppppp");
    CASE("for _, ё := range é {",
         "kkkppppppppppkkkkkppppp");

    /* Empty lines, with no buffer at all. */
    st = (HlState){0};
    hl_line(NULL, 0, &st, NULL);
    is_int(st.in, HL_IN_NONE, "an empty line keeps the state (none)");
    st.in = HL_IN_COMMENT;
    hl_line(NULL, 0, &st, NULL);
    is_int(st.in, HL_IN_COMMENT, "an empty line keeps the state (comment)");

    fuzz();
    return done_testing();
}
