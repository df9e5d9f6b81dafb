/* tests/unit/parse_test.c: the lexer, the parser and literal decoding
 * (lang/lex.h, lang/parse.h), checked through token listings, ast_dump and
 * the diagnostics' exact positions and Go 1.19 wording. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "lang/parse.h"
#include "tap.h"

static const char *const files[] = {"t.go"};

/* lex_str lists src's tokens as `KIND:text` separated by spaces (newline
 * semicolons print as `;\n`→";nl", EOF semicolons as ";eof"), then the diags. */
static char *lex_str(const char *src)
{
    DiagList d;
    diag_init(&d, files);
    Lexer lx;
    lex_init(&lx, src, strlen(src), 0, &d);
    Buf b = BUF_INIT;
    for (int i = 0; i < 1000; i++) {
        Token t = lex_next(&lx);
        if (t.kind == T_EOF) break;
        if (b.len) buf_putc(&b, ' ');
        if (t.kind == T_SEMICOLON)
            buf_puts(&b, t.len == 0 ? ";eof" : t.start[0] == '\n' ? ";nl" : ";");
        else if (t.kind == T_IDENT || t.kind == T_INT || t.kind == T_FLOAT ||
                 t.kind == T_IMAG || t.kind == T_CHAR || t.kind == T_STRING)
            buf_printf(&b, "%s:%.*s", tok_text[t.kind], (int)t.len, t.start);
        else
            buf_puts(&b, tok_text[t.kind]);
    }
    for (int i = 0; i < d.len; i++)
        buf_printf(&b, " | %u:%u: %s", d.items[i].pos.line, d.items[i].pos.col, d.items[i].msg);
    diag_fini(&d);
    return buf_take(&b);
}

/* lex_errs returns only the diagnostics of lexing src, as "L:C: msg; ...". */
static char *lex_errs(const char *src)
{
    DiagList d;
    diag_init(&d, files);
    Lexer lx;
    lex_init(&lx, src, strlen(src), 0, &d);
    for (int i = 0; i < 10000 && lex_next(&lx).kind != T_EOF; i++) {}
    Buf b = BUF_INIT;
    for (int i = 0; i < d.len; i++)
        buf_printf(&b, "%s%u:%u: %s", i ? "; " : "", d.items[i].pos.line, d.items[i].pos.col,
                   d.items[i].msg);
    diag_fini(&d);
    buf_puts(&b, "");
    return buf_take(&b);
}

/* parse_src parses src; returns the dump of the file, or with errs_only the
 * sorted diagnostics as "L:C: msg\n" lines. */
static char *parse_src(const char *src, bool errs_only)
{
    DiagList d;
    diag_init(&d, files);
    Arena a;
    arena_init(&a);
    Interner in;
    interner_init(&in, &a);
    Node *f = parse_file(src, strlen(src), 0, &a, &in, &d);
    Buf b = BUF_INIT;
    if (errs_only) {
        diag_sort(&d);
        for (int i = 0; i < d.len; i++)
            buf_printf(&b, "%u:%u: %s\n", d.items[i].pos.line, d.items[i].pos.col,
                       d.items[i].msg);
    } else {
        ast_dump(&b, f);
        for (int i = 0; i < d.len; i++)
            buf_printf(&b, " | %u:%u: %s", d.items[i].pos.line, d.items[i].pos.col,
                       d.items[i].msg);
    }
    buf_puts(&b, "");
    interner_fini(&in);
    arena_fini(&a);
    diag_fini(&d);
    return buf_take(&b);
}

static void check_lex(const char *src, const char *want, int line)
{
    char *got = lex_str(src);
    is_str_at(got, want, __FILE__, line, "lex %s", src);
    free(got);
}
#define LEX(src, want) check_lex(src, want, __LINE__)

static void check_lexerr(const char *src, const char *want, int line)
{
    char *got = lex_errs(src);
    is_str_at(got, want, __FILE__, line, "lex error %s", src);
    free(got);
}
#define LEXERR(src, want) check_lexerr(src, want, __LINE__)

/* STMT parses `package p; func f() { src }` and compares the body's statements. */
static void check_stmt(const char *src, const char *want, int line)
{
    Buf s = BUF_INIT;
    buf_printf(&s, "package p; func f() {\n%s\n}", src);
    char *got = parse_src(buf_str(&s), false);
    /* strip "(file p (func _ f (functype [] []) (block " and "))))" */
    const char *pre = "(file p (func _ f (functype [] []) (block";
    char *body = got;
    if (strncmp(got, pre, strlen(pre)) == 0) {
        body = got + strlen(pre);
        if (*body == ' ') body++;
        char *end = strstr(body, "))) |");
        size_t n = strlen(body);
        if (end)
            memmove(end, end + 3, strlen(end + 3) + 1);
        else if (n >= 3)
            body[n - 3] = 0;
    }
    is_str_at(body, want, __FILE__, line, "stmt %s", src);
    free(got);
    buf_fini(&s);
}
#define STMT(src, want) check_stmt(src, want, __LINE__)

/* EXPR parses `package p; var _ = src`. */
static void check_expr(const char *src, const char *want, int line)
{
    Buf s = BUF_INIT;
    buf_printf(&s, "package p; var _ = %s", src);
    char *got = parse_src(buf_str(&s), false);
    const char *pre = "(file p (var (spec 0 [_] _ [";
    char *body = got;
    if (strncmp(got, pre, strlen(pre)) == 0) {
        body = got + strlen(pre);
        char *end = strstr(body, "]))) |");
        size_t n = strlen(body);
        if (end)
            memmove(end, end + 4, strlen(end + 4) + 1);
        else if (n >= 4)
            body[n - 4] = 0;
    }
    is_str_at(body, want, __FILE__, line, "expr %s", src);
    free(got);
    buf_fini(&s);
}
#define EXPR(src, want) check_expr(src, want, __LINE__)

/* DECL parses `package p\n` + src and compares the whole file dump minus "(file p ". */
static void check_decl(const char *src, const char *want, int line)
{
    Buf s = BUF_INIT;
    buf_printf(&s, "package p\n%s", src);
    char *got = parse_src(buf_str(&s), false);
    const char *body = strncmp(got, "(file p ", 8) == 0 ? got + 8 : got;
    is_str_at(body, want, __FILE__, line, "decl %s", src);
    free(got);
    buf_fini(&s);
}
#define DECL(src, want) check_decl(src, want, __LINE__)

static void check_errs(const char *src, const char *want, int line)
{
    char *got = parse_src(src, true);
    is_str_at(got, want, __FILE__, line, "errors in %s", src);
    free(got);
}
#define ERRS(src, want) check_errs(src, want, __LINE__)

static void test_lexer(void)
{
    /* automatic semicolons */
    LEX("x\ny", "IDENT:x ;nl IDENT:y ;eof");
    LEX("x", "IDENT:x ;eof");
    LEX("f(\n)\n", "IDENT:f ( ) ;nl");
    LEX("a +\nb", "IDENT:a + IDENT:b ;eof");
    LEX("return\nbreak\ncontinue\nfallthrough\n",
        "return ;nl break ;nl continue ;nl fallthrough ;nl");
    LEX("i++\ni--\n", "IDENT:i ++ ;nl IDENT:i -- ;nl");
    LEX("a[1]\n}\n", "IDENT:a [ INT:1 ] ;nl } ;nl");
    LEX("x // c\ny", "IDENT:x ;nl IDENT:y ;eof");
    LEX("x /* a\nb */ y", "IDENT:x ;nl IDENT:y ;eof");
    LEX("x /* a */ y", "IDENT:x IDENT:y ;eof");
    LEX("if {\n}", "if { } ;eof");
    LEX("a;b", "IDENT:a ; IDENT:b ;eof");
    LEX("\"s\"\n'c'\n`r`\n1.5\n2i\n", "STRING:\"s\" ;nl CHAR:'c' ;nl STRING:`r` ;nl FLOAT:1.5 ;nl IMAG:2i ;nl");
    LEX("func\n", "func");
    /* operators */
    LEX("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! "
        "!= <= >= := ... ( [ { , . ) ] } ; : ~",
        "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! "
        "!= <= >= := ... ( [ { , . ) ] } ; : ~");
    /* keywords and identifiers, Unicode letters */
    LEX("break case chan const continue default defer else fallthrough for func go goto if "
        "import interface map package range return select struct switch type var",
        "break case chan const continue default defer else fallthrough for func go goto if "
        "import interface map package range return select struct switch type var");
    LEX("_x x1 世界 größe", "IDENT:_x IDENT:x1 IDENT:世界 IDENT:größe ;eof");
    /* numbers */
    LEX("0 42 0x1F 0X1f 0o17 0O17 0b101 0B1 0777 1_000 0x_1F 0b_1",
        "INT:0 INT:42 INT:0x1F INT:0X1f INT:0o17 INT:0O17 INT:0b101 INT:0B1 INT:0777 INT:1_000 "
        "INT:0x_1F INT:0b_1 ;eof");
    LEX("1.5 .5 1. 1e10 1E+10 1.5e-3 0x1p-2 0x1.8p1 0X.8P0 09.5 1_0.2_5",
        "FLOAT:1.5 FLOAT:.5 FLOAT:1. FLOAT:1e10 FLOAT:1E+10 FLOAT:1.5e-3 FLOAT:0x1p-2 "
        "FLOAT:0x1.8p1 FLOAT:0X.8P0 FLOAT:09.5 FLOAT:1_0.2_5 ;eof");
    LEX("2i 1.5i 0x1p2i 0123i 1e3i", "IMAG:2i IMAG:1.5i IMAG:0x1p2i IMAG:0123i IMAG:1e3i ;eof");
    LEX("x.y", "IDENT:x . IDENT:y ;eof");
    LEX("a...", "IDENT:a ...");
    /* runes and strings */
    LEX("'a' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600' '世'",
        "CHAR:'a' CHAR:'\\n' CHAR:'\\'' CHAR:'\\x41' CHAR:'\\101' CHAR:'\\u00e9' "
        "CHAR:'\\U0001F600' CHAR:'世' ;eof");
    LEX("\"a\\\"b\" `raw\\n` \"\"", "STRING:\"a\\\"b\" STRING:`raw\\n` STRING:\"\" ;eof");
    LEX("`a\nb`", "STRING:`a\nb` ;eof");

    /* errors, at Go's positions */
    LEXERR("x := @", "1:6: invalid character U+0040 '@'");
    LEXERR("a # b", "1:3: invalid character U+0023 '#'");
    LEXERR("\"abc\n", "1:5: newline in string");
    LEXERR("x = \"abc", "1:5: string literal not terminated");
    LEXERR("x = `abc", "1:5: string literal not terminated");
    LEXERR("'ab'", "1:1: more than one character in rune literal");
    LEXERR("''", "1:2: empty rune literal or unescaped ' in rune literal");
    LEXERR("'a", "1:1: rune literal not terminated");
    LEXERR("'a\n'", "1:3: newline in rune literal; 2:1: rune literal not terminated");
    LEXERR("\"\\q\"", "1:3: unknown escape");
    LEXERR("'\\\"'", "1:3: unknown escape");
    LEXERR("\"\\xZZ\"", "1:4: invalid character 'Z' in hexadecimal escape");
    LEXERR("\"\\400\"", "1:6: octal escape value 256 > 255");
    LEXERR("\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800");
    LEXERR("\"\\U00110000\"", "1:12: escape is invalid Unicode code point U+110000");
    LEXERR("x := 08", "1:7: invalid digit '8' in octal literal");
    LEXERR("0779", "1:4: invalid digit '9' in octal literal");
    LEXERR("0b102", "1:5: invalid digit '2' in binary literal");
    LEXERR("0o8", "1:3: invalid digit '8' in octal literal");
    LEXERR("1__0", "1:3: '_' must separate successive digits");
    LEXERR("1_", "1:2: '_' must separate successive digits");
    LEXERR("0x_", "1:4: hexadecimal literal has no digits");
    LEXERR("0x", "1:3: hexadecimal literal has no digits");
    LEXERR("1e", "1:3: exponent has no digits");
    LEXERR("0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent");
    LEXERR("1p3", "1:2: 'p' exponent requires hexadecimal mantissa");
    LEXERR("0b1.0", "1:4: invalid radix point in binary literal");
    LEXERR("/* x", "1:1: comment not terminated");
    LEXERR("09.5 0x1p-2 1_000 0_7", "");
    /* lexing goes on after errors */
    LEX("a @ b", "IDENT:a IDENT:b ;eof | 1:3: invalid character U+0040 '@'");
    LEX("\"ab\nc", "STRING:\"ab ;nl IDENT:c ;eof | 1:4: newline in string");
}

static void test_exprs(void)
{
    EXPR("1 + 2*3", "(+ 1 (* 2 3))");
    EXPR("a || b && c == d + e*f", "(|| a (&& b (== c (+ d (* e f)))))");
    EXPR("a - b - c", "(- (- a b) c)");
    EXPR("a << 1 & b &^ c % d / e", "(/ (% (&^ (& (<< a 1) b) c) d) e)");
    EXPR("a | b ^ c", "(^ (| a b) c)");
    EXPR("a != b || a <= b && a >= b || a < b || a > b",
         "(|| (|| (|| (!= a b) (&& (<= a b) (>= a b))) (< a b)) (> a b))");
    EXPR("-x + !y + ^z + +w", "(+ (+ (+ (- x) (! y)) (^ z)) (+ w))");
    EXPR("*p + &x", "(+ (star p) (& x))");
    EXPR("<-ch", "(<- ch)");
    EXPR("<-<-ch", "(<- (<- ch))");
    EXPR("(a + b) * c", "(* (paren (+ a b)) c)");
    EXPR("f(a, b...)", "(call f a b ...)");
    EXPR("f()", "(call f)");
    EXPR("f(a,\n b,\n)", "(call f a b)");
    EXPR("fmt.Println(\"hi\")", "(call (sel fmt Println) \"hi\")");
    EXPR("a.b.c", "(sel (sel a b) c)");
    EXPR("a[i]", "(index a i)");
    EXPR("a[i:j]", "(slice a i j)");
    EXPR("a[:]", "(slice a _ _)");
    EXPR("a[i:]", "(slice a i _)");
    EXPR("a[:j:k]", "(slice3 a _ j k)");
    EXPR("x.(T)", "(assert x T)");
    EXPR("x.(*pkg.T)", "(assert x (star (sel pkg T)))");
    EXPR("T{}", "(complit T)");
    EXPR("T{1, 2}", "(complit T 1 2)");
    EXPR("pkg.T{A: 1, B: 2}", "(complit (sel pkg T) (kv A 1) (kv B 2))");
    EXPR("[]int{1, 2,\n3,\n}", "(complit (slicetype int) 1 2 3)");
    EXPR("[...]string{\"a\"}", "(complit (array (...) string) \"a\")");
    EXPR("[3]int{}", "(complit (array 3 int))");
    EXPR("[][]int{{1}, {2, 3}}", "(complit (slicetype (slicetype int)) (complit _ 1) (complit _ 2 3))");
    EXPR("map[string][]int{\"a\": {1}}", "(complit (map string (slicetype int)) (kv \"a\" (complit _ 1)))");
    EXPR("map[P]int{{1, 2}: 3}", "(complit (map P int) (kv (complit _ 1 2) 3))");
    EXPR("&T{x: 1}", "(& (complit T (kv x 1)))");
    EXPR("[]*T{{}}", "(complit (slicetype (star T)) (complit _))");
    EXPR("struct{ x int }{1}", "(complit (struct (field [x] int)) 1)");
    EXPR("func(x int) int { return x }", "(funclit (functype [(field [x] int)] [(field [] int)]) (block (return x)))");
    EXPR("func() {}()", "(call (funclit (functype [] []) (block)))");
    EXPR("[]byte(s)", "(call (slicetype byte) s)");
    EXPR("(chan int)(nil)", "(call (paren (chan int)) nil)");
    EXPR("(<-chan int)(c)", "(call (paren (<-chan int)) c)");
    EXPR("interface{}(x)", "(call (interface) x)");
    EXPR("map[string]int(nil)", "(call (map string int) nil)");
    EXPR("'a' + 1.5 + 2i + `r`", "(+ (+ (+ 'a' 1.5) 2i) `r`)");
    EXPR("x.y[1].z(2)[3:4]", "(slice (call (sel (index (sel x y) 1) z) 2) 3 4)");
    EXPR("*p.f", "(star (sel p f))");
    EXPR("-5", "(- 5)");
}

static void test_types(void)
{
    DECL("type T struct {\n\ta, b int\n\tc string `json:\"c\"`\n\tE\n\t*pkg.F\n\tpkg.G\n}",
         "(type (typespec T (struct (field [a b] int) (field [c] string `json:\"c\"`) (field [] E) "
         "(field [] (star (sel pkg F))) (field [] (sel pkg G))))))");
    DECL("type I interface {\n\tM(x int) (int, error)\n\tfmt.Stringer\n\tJ\n}",
         "(type (typespec I (interface (field [M] (functype [(field [x] int)] [(field [] int) "
         "(field [] error)])) (field [] (sel fmt Stringer)) (field [] J)))))");
    DECL("type (\n\tA = int\n\tB []*map[string]chan<- int\n)",
         "(type (alias A int) (typespec B (slicetype (star (map string (chan<- int)))))))");
    DECL("type C <-chan chan int", "(type (typespec C (<-chan (chan int)))))");
    DECL("type C chan<- <-chan int", "(type (typespec C (chan<- (<-chan int)))))");
    DECL("type F func(a, b int, c ...string) (n int, err error)",
         "(type (typespec F (functype [(field [a b] int) (field [c] (... string))] "
         "[(field [n] int) (field [err] error)]))))");
    DECL("type F func(int, string) bool",
         "(type (typespec F (functype [(field [] int) (field [] string)] [(field [] bool)]))))");
    DECL("type F func(...int)", "(type (typespec F (functype [(field [] (... int))] []))))");
    DECL("type A [4][N]byte", "(type (typespec A (array 4 (array N byte)))))");
    DECL("type L[T any] struct{ v T }",
         "(type (typespec L (functype [(field [T] any)] []) (struct (field [v] T)))))");
    DECL("type P struct{ a [3]int; b []int; G[int] }",
         "(type (typespec P (struct (field [a] (array 3 int)) (field [b] (slicetype int)) "
         "(field [] (index G int))))))");
    DECL("type E struct{}", "(type (typespec E (struct))))");
}

static void test_decls(void)
{
    DECL("import \"fmt\"", "(import (import _ \"fmt\")))");
    DECL("import (\n\t\"fmt\"\n\tf \"fmt\"\n\t. \"strings\"\n\t_ \"os\"\n)",
         "(import (import _ \"fmt\") (import f \"fmt\") (import . \"strings\") (import _ \"os\")))");
    DECL("const (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n\tE\n)",
         "(const (spec 0 [A] _ [iota]) (spec 1 [B] _ []) (spec 2 [C D] int [1 2]) (spec 3 [E] _ [])))");
    DECL("var x int", "(var (spec 0 [x] int [])))");
    DECL("var x, y = 1, 2", "(var (spec 0 [x y] _ [1 2])))");
    DECL("var (\n\ta int = 1\n\tb []string\n)",
         "(var (spec 0 [a] int [1]) (spec 0 [b] (slicetype string) [])))");
    DECL("func main() {}", "(func _ main (functype [] []) (block)))");
    DECL("func (s *Stack) Push(v int) {}",
         "(func (field [s] (star Stack)) Push (functype [(field [v] int)] []) (block)))");
    DECL("func (Stack) Len() int { return 0 }",
         "(func (field [] Stack) Len (functype [] [(field [] int)]) (block (return 0))))");
    DECL("func Map[T, U any](x []T, f func(T) U) []U { return nil }",
         "(func _ Map (functype [(field [T U] any)] []) (functype [(field [x] (slicetype T)) "
         "(field [f] (functype [(field [] T)] [(field [] U)]))] [(field [] (slicetype U))]) "
         "(block (return nil))))");
    DECL("func ext(x int) int", "(func _ ext (functype [(field [x] int)] [(field [] int)]) _))");
    DECL("func f(a, b int, c string) (x, y int) {}",
         "(func _ f (functype [(field [a b] int) (field [c] string)] [(field [x y] int)]) (block)))");
    DECL("func f(p.T, []int, chan int, ...int) {}",
         "(func _ f (functype [(field [] (sel p T)) (field [] (slicetype int)) (field [] (chan int)) "
         "(field [] (... int))] []) (block)))");
    DECL("func f(a [2]int, b func()) {}",
         "(func _ f (functype [(field [a] (array 2 int)) (field [b] (functype [] []))] []) (block)))");
}

static void test_stmts(void)
{
    STMT("x := 1", "(:= [x] [1])");
    STMT("a, b = b, a", "(= [a b] [b a])");
    STMT("x += 1; x -= 1; x *= 2; x /= 2; x %= 2; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1; x &^= 1",
         "(+= [x] [1]) (-= [x] [1]) (*= [x] [2]) (/= [x] [2]) (%= [x] [2]) (&= [x] [1]) (|= [x] [1]) "
         "(^= [x] [1]) (<<= [x] [1]) (>>= [x] [1]) (&^= [x] [1])");
    STMT("i++\nj--", "(++ i) (-- j)");
    STMT("ch <- v", "(send ch v)");
    STMT("<-ch", "(expr (<- ch))");
    STMT("v, ok := <-ch", "(:= [v ok] [(<- ch)])");
    STMT("*p = 1", "(= [(star p)] [1])");
    STMT("f()", "(expr (call f))");
    STMT("go f(x)\ndefer wg.Done()", "(go (call f x)) (defer (call (sel wg Done)))");
    STMT("go func() { ch <- 1 }()", "(go (call (funclit (functype [] []) (block (send ch 1)))))");
    STMT("return", "(return)");
    STMT("return 1, nil", "(return 1 nil)");
    STMT("var x int\nconst c = 1\ntype T int",
         "(declstmt (var (spec 0 [x] int []))) (declstmt (const (spec 0 [c] _ [1]))) "
         "(declstmt (type (typespec T int)))");
    STMT("{ x := 1; _ = x }", "(block (:= [x] [1]) (= [_] [x]))");
    STMT("if x > 0 { a() }", "(if _ (> x 0) (block (expr (call a))))");
    STMT("if err := f(); err != nil { return } else if x { } else { }",
         "(if (:= [err] [(call f)]) (!= err nil) (block (return)) (if _ x (block) (block)))");
    STMT("if x == (T{}) {}", "(if _ (== x (paren (complit T))) (block))");
    STMT("if x == T {}", "(if _ (== x T) (block))");
    STMT("if ok := m[k]; ok {}", "(if (:= [ok] [(index m k)]) ok (block))");
    STMT("if f(T{}) {}", "(if _ (call f (complit T)) (block))");
    STMT("if v := []int{1}; v != nil {}", "(if (:= [v] [(complit (slicetype int) 1)]) (!= v nil) (block))");
    STMT("for {}", "(for _ _ _ (block))");
    STMT("for x < 10 {}", "(for _ (< x 10) _ (block))");
    STMT("for i := 0; i < n; i++ {}", "(for (:= [i] [0]) (< i n) (++ i) (block))");
    STMT("for ; ; {}", "(for _ _ _ (block))");
    STMT("for i := 0; i < n; {}", "(for (:= [i] [0]) (< i n) _ (block))");
    STMT("for range ch {}", "(range _ _ _ ch (block))");
    STMT("for i := range 10 {}", "(range i _ := 10 (block))");
    STMT("for k, v := range m {}", "(range k v := m (block))");
    STMT("for k, v = range m {}", "(range k v = m (block))");
    STMT("for _, x := range []int{1, 2} {}", "(range _ x := (complit (slicetype int) 1 2) (block))");
    STMT("switch {}", "(switch _ _ (block))");
    STMT("switch x {\ncase 1, 2:\n\ta()\n\tfallthrough\ncase 3:\ndefault:\n\tb()\n}",
         "(switch _ x (block (case [1 2] (expr (call a)) (fallthrough)) (case [3]) (default (expr (call b)))))");
    STMT("switch x := f(); x {}", "(switch (:= [x] [(call f)]) x (block))");
    STMT("switch x := f(); {}", "(switch (:= [x] [(call f)]) _ (block))");
    STMT("switch v := x.(type) {\ncase int, *T:\ncase nil:\ndefault:\n}",
         "(typeswitch _ (:= [v] [(assert x type)]) (block (case [int (star T)]) (case [nil]) (default)))");
    STMT("switch x.(type) {\ncase []int, map[string]int, func(), chan int:\n}",
         "(typeswitch _ (expr (assert x type)) (block (case [(slicetype int) (map string int) "
         "(functype [] []) (chan int)])))");
    STMT("switch y := 1; v := x.(type) {}", "(typeswitch (:= [y] [1]) (:= [v] [(assert x type)]) (block))");
    STMT("select {\ncase v := <-a:\n\tf(v)\ncase v, ok := <-b:\ncase c <- 1:\ncase <-d:\ndefault:\n}",
         "(select (block (comm (:= [v] [(<- a)]) (expr (call f v))) (comm (:= [v ok] [(<- b)])) "
         "(comm (send c 1)) (comm (expr (<- d))) (default)))");
    STMT("select {}", "(select (block))");
    STMT("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}",
         "(label L (for _ _ _ (block (break L) (continue L))))");
    STMT("goto L\nL:\n", "(goto L) (label L (empty))");
    STMT("break; continue", "(break) (continue)");
    STMT(";;", "");
}

static void test_errors(void)
{
    ERRS("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"a\"\n\tx := 1\n}\n",
         "4:17: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
    ERRS("package main\nx := 1\nfunc main() {\n\tif x == 1\n\t{\n\t}\n\tfor {\n\ty = )\n\t}\n}\n",
         "2:1: syntax error: non-declaration statement outside function body\n"
         "4:11: syntax error: unexpected newline, expecting { after if clause\n"
         "8:6: syntax error: unexpected ), expecting expression\n");
    ERRS("package main\nfunc main() {\n\tfoo bar\n\tif x { } else for {}\n\tswitch { case 1 }\n}\n",
         "3:6: syntax error: unexpected bar at end of statement\n"
         "4:16: syntax error: else must be followed by if or statement block\n"
         "5:18: syntax error: unexpected }, expecting :\n");
    ERRS("package main\nfunc main()\n{\n}\n",
         "3:1: syntax error: unexpected semicolon or newline before {\n");
    ERRS("package main\nfunc main() {\n\tx := [1, 2\n}\n",
         "3:9: syntax error: unexpected comma; expecting ]\n");
    ERRS("func main() {}", "1:1: syntax error: package statement must be first\n");
    ERRS("package main\nfunc main() {\n\tfor i := 0; i < 3; i++\n\t{\n\t}\n}\n",
         "3:24: syntax error: unexpected newline, expecting { after for clause\n");
    ERRS("package main\nfunc main() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
         "5:2: syntax error: unexpected else, expecting }\n");
    ERRS("package main\nfunc main() {\n\tdefer f\n\tgo (g())\n}\n",
         "3:8: expression in defer must be function call\n"
         "4:5: expression in go must not be parenthesized\n");
    ERRS("package main\nfunc main() {\n\tx := 1 +\n}\n",
         "4:1: syntax error: unexpected }, expecting expression\n");
    ERRS("package main\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n",
         "4:1: syntax error: non-declaration statement outside function body\n");
    ERRS("package p\nfunc f() {\n\tif x := 1 {\n\t}\n\tswitch x := 1 {}\n}\n",
         "3:7: syntax error: cannot use x := 1 as value\n"
         "5:11: syntax error: cannot use x := 1 as value\n");
    ERRS("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
         "3:14: syntax error: unexpected { at end of statement\n"
         "5:1: syntax error: non-declaration statement outside function body\n");
    ERRS("package main\nfunc main() {\n\tvar x int = 08\n\ty := @\n}\n",
         "3:15: invalid digit '8' in octal literal\n"
         "4:7: invalid character U+0040 '@'\n"
         "5:1: syntax error: unexpected }, expecting expression\n");
    /* one error per line; several lines all reported */
    ERRS("package p\nfunc f() {\n\ta b c d\n\tx := ]\n\ty := )\n}\n",
         "3:4: syntax error: unexpected b at end of statement\n"
         "4:7: syntax error: unexpected ], expecting expression\n"
         "5:7: syntax error: unexpected ), expecting expression\n");
    ERRS("package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {}\n}\n",
         "3:23: syntax error: cannot declare in post statement of for loop\n");
    ERRS("package p\nfunc f() {\n\tx[1:]:]\n}\n",
         "3:7: syntax error: unexpected : at end of statement\n");
    ERRS("package p\nfunc f() {\n\t_ = x[1::3]\n}\n",
         "3:10: middle index required in 3-index slice\n");
    ERRS("package p\nfunc f() {\n\tL:\n}\n", "");
    ERRS("package p\nvar x = f(\n", "3:1: syntax error: unexpected EOF, expecting )\n");
}

static void test_literals(void)
{
    Buf b = BUF_INIT;
#define STR(raw, want)                                                      \
    do {                                                                    \
        buf_reset(&b);                                                      \
        bool r_ = lit_string(raw, strlen(raw), &b);                         \
        ok(r_ && b.len == sizeof(want) - 1 && memcmp(buf_str(&b), want, b.len) == 0, \
           "lit_string %s", raw);                                           \
    } while (0)
    STR("\"hi\"", "hi");
    STR("\"\"", "");
    STR("\"\\n\\t\\\\\\\"\"", "\n\t\\\"");
    STR("\"\\a\\b\\f\\r\\v\"", "\a\b\f\r\v");
    STR("\"\\x41\\101\\u00e9\\U0001F600\"", "AA\xc3\xa9\xf0\x9f\x98\x80");
    STR("\"\\xff\\377\"", "\xff\xff");
    STR("\"世界\"", "世界");
    STR("`a\\n\r\nb`", "a\\n\nb");
    buf_reset(&b);
    ok(!lit_string("\"\\q\"", 4, &b), "lit_string rejects \\q");
    ok(!lit_string("\"\\'\"", 4, &b), "lit_string rejects \\' in strings");
    int32_t r = 0;
#define RUNE(raw, want) ok(lit_rune(raw, strlen(raw), &r) && r == (want), "lit_rune %s = %d", raw, (int)r)
    RUNE("'a'", 'a');
    RUNE("'\\n'", '\n');
    RUNE("'\\''", '\'');
    RUNE("'\\x7f'", 0x7f);
    RUNE("'\\377'", 0xff);
    RUNE("'\\u00e9'", 0xe9);
    RUNE("'\\U0001F600'", 0x1F600);
    RUNE("'世'", 0x4e16);
    ok(!lit_rune("'ab'", 4, &r), "lit_rune rejects 'ab'");
    ok(!lit_rune("'\\\"'", 4, &r), "lit_rune rejects '\\\"'");
    __int128 v = 0;
#define INT(raw, want) ok(lit_int(raw, strlen(raw), &v) && v == (__int128)(want), "lit_int %s", raw)
    INT("0", 0);
    INT("42", 42);
    INT("1_000_000", 1000000);
    INT("0x1F", 31);
    INT("0X_ff", 255);
    INT("0o17", 15);
    INT("017", 15);
    INT("0b101", 5);
    INT("9223372036854775807", 9223372036854775807LL);
    ok(lit_int("18446744073709551616", 20, &v) && v == ((__int128)1 << 64), "lit_int 2^64");
    ok(lit_int("170141183460469231731687303715884105727", 39, &v), "lit_int 2^127-1 fits");
    ok(!lit_int("170141183460469231731687303715884105728", 39, &v), "lit_int 2^127 overflows");
    ok(!lit_int("0x1000000000000000000000000000000000", 36, &v), "lit_int huge hex overflows");
    ok(!lit_int("08", 2, &v), "lit_int rejects 08");
    double d = 0;
#define FLT(raw, want) ok(lit_float(raw, strlen(raw), &d) && d == (want), "lit_float %s = %g", raw, d)
    FLT("1.5", 1.5);
    FLT(".5", 0.5);
    FLT("1.", 1.0);
    FLT("1e3", 1000.0);
    FLT("1.5e-3", 1.5e-3);
    FLT("1_000.000_1", 1000.0001);
    FLT("0x1p-2", 0.25);
    FLT("0x1.8p1", 3.0);
    FLT("0X_1P+4", 16.0);
    FLT("09.5", 9.5);
    FLT("42", 42.0);
    FLT("0x10", 16.0);
    FLT("2.5i", 2.5);
    FLT("0123i", 123.0);
    FLT("0o17i", 15.0);
    buf_fini(&b);
}

static const char *const programs[] = {
    "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\n"
    "type Counter struct {\n\tmu sync.Mutex\n\tn  map[string]int\n}\n\n"
    "func (c *Counter) Inc(k string) {\n\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n\tc.n[k]++\n}\n\n"
    "func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {\n"
    "\tdefer wg.Done()\n\tfor j := range jobs {\n\t\ttime.Sleep(time.Millisecond)\n"
    "\t\tresults <- j * 2\n\t}\n}\n\n"
    "func main() {\n\tjobs := make(chan int, 100)\n\tresults := make(chan int, 100)\n"
    "\tvar wg sync.WaitGroup\n\tfor w := 1; w <= 3; w++ {\n\t\twg.Add(1)\n"
    "\t\tgo worker(w, jobs, results, &wg)\n\t}\n\tfor j := 1; j <= 5; j++ {\n\t\tjobs <- j\n\t}\n"
    "\tclose(jobs)\n\twg.Wait()\n\tclose(results)\n\tsum := 0\n\tfor r := range results {\n"
    "\t\tsum += r\n\t}\n\tc := Counter{n: map[string]int{}}\n\tc.Inc(\"a\")\n"
    "\tselect {\n\tcase v, ok := <-results:\n\t\tfmt.Println(v, ok)\n\tcase <-time.After(time.Second):\n"
    "\tdefault:\n\t}\n\tswitch x := interface{}(sum).(type) {\n\tcase int:\n\t\tfmt.Println(\"int\", x)\n"
    "\t}\n\tfmt.Printf(\"%d %v\\n\", sum, []string{`raw`, \"s\\t\"})\n}\n",
    "package main\n\nconst (\n\tA = iota * 10\n\tB\n)\n\ntype Shape interface {\n\tArea() float64\n}\n\n"
    "type Sq struct{ s float64 }\n\nfunc (q Sq) Area() float64 { return q.s * q.s }\n\n"
    "func main() {\n\tvar shapes = []Shape{Sq{2}, &Sq{s: 3}}\n\tfor i, s := range shapes {\n"
    "\t\tif a := s.Area(); a > 4 && i != 0 || false {\n\t\t\tprintln(a)\n\t\t} else {\n\t\t\tcontinue\n\t\t}\n"
    "\t}\n\tf := func(xs ...int) (n int) {\n\t\tfor _, x := range xs {\n\t\t\tn += x\n\t\t}\n\t\treturn\n\t}\n"
    "\t_ = f(1, 2, 3)\n\tm := map[string][]int{\"a\": {1, 2}}\n\t_ = m[\"a\"][1:2:2]\n"
    "outer:\n\tfor {\n\t\tfor {\n\t\t\tbreak outer\n\t\t}\n\t}\n}\n",
};

/* every prefix of a valid program parses without crashing (ASan checks the rest) */
static void test_prefixes(void)
{
    for (size_t k = 0; k < sizeof programs / sizeof programs[0]; k++) {
        const char *src = programs[k];
        char *errs = parse_src(src, true);
        is_str(errs, "", "program %zu parses cleanly", k);
        free(errs);
        size_t n = strlen(src);
        int bad = 0;
        for (size_t i = 0; i <= n; i++) {
            char *pfx = strndup(src, i);
            char *e = parse_src(pfx, true);
            if (i == n && e[0]) bad++;
            free(e);
            free(pfx);
        }
        ok(bad == 0, "every prefix of program %zu parses without crashing", k);
    }
}

static void test_robustness(void)
{
    /* deep nesting is refused, not a stack overflow */
    size_t depth = 100000;
    Buf b = BUF_INIT;
    buf_puts(&b, "package p\nvar x = ");
    for (size_t i = 0; i < depth; i++) buf_putc(&b, '(');
    buf_puts(&b, "1");
    for (size_t i = 0; i < depth; i++) buf_putc(&b, ')');
    char *e = parse_src(buf_str(&b), true);
    ok(strstr(e, "nesting too deep") != NULL, "deep parens: %.80s", e);
    free(e);
    buf_reset(&b);
    buf_puts(&b, "package p\nfunc f() {");
    for (size_t i = 0; i < depth; i++) buf_puts(&b, "{");
    e = parse_src(buf_str(&b), true);
    ok(strstr(e, "nesting too deep") != NULL, "deep blocks");
    free(e);
    buf_reset(&b);
    buf_puts(&b, "package p\nvar x ");
    for (size_t i = 0; i < depth; i++) buf_puts(&b, "[]*");
    e = parse_src(buf_str(&b), true);
    ok(strstr(e, "nesting too deep") != NULL, "deep types");
    free(e);
    buf_reset(&b);
    buf_puts(&b, "package p\nvar x = ");
    for (size_t i = 0; i < depth; i++) buf_puts(&b, "- ");
    e = parse_src(buf_str(&b), true);
    ok(strstr(e, "nesting too deep") != NULL, "deep unary");
    free(e);
    buf_reset(&b);
    buf_puts(&b, "package p\nvar x = 1");
    for (size_t i = 0; i < depth; i++) buf_puts(&b, "+1");
    e = parse_src(buf_str(&b), true);
    is_str(e, "", "long flat binary chain is fine");
    free(e);
    buf_fini(&b);
    /* garbage: tokens in every order */
    static const char *const junk[] = {
        "package p\n)(][}{", "package p\nfunc", "package p\nfunc (", "package p\ntype",
        "package p\ntype T[", "package p\nfunc f() { switch x := ", "package p\nfunc f() { select { case",
        "package p\nimport (", "package p\nvar (a", "package p\nconst", "", "package",
        "package p\nfunc f() { for range", "package p\nfunc f() { if else }", "package p\n}}}}",
        "package p\nfunc f() { L: }", "package p\nvar x = struct{", "package p\nvar x = interface{ M(",
        "package p\nfunc f() { go }", "package p\nfunc f() { x.( }", "package p\nvar _ = <-chan<-",
        "package p\nfunc f() { case 1: default: }", "package p\ntype T struct { (x) }",
        /* once looped forever: a statement keyword where a field was expected */
        "package p\nfunc f() {\n\tvar s struct[]string\n\tfor i := range s {\n\t}\n}\n",
        "package p\nfunc f() {\n\tvar s interface[]int\n\tif x {}\n}\n",
    };
    for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
        e = parse_src(junk[i], true);
        ok(true, "junk %zu survives", i);
        free(e);
    }
}

int main(void)
{
    plan_lazy();
    test_lexer();
    test_exprs();
    test_types();
    test_decls();
    test_stmts();
    test_errors();
    test_literals();
    test_prefixes();
    test_robustness();
    return done_testing();
}
