/* buf_test.c: unit tests for base/buf (growth, printf, runes, take/reset). */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "tap.h"

int main(void)
{
    plan_lazy();

    Buf b = BUF_INIT;
    is_str(buf_str(&b), "", "an empty buffer reads as \"\"");
    is_int((long long)b.len, 0, "an empty buffer has len 0");

    buf_puts(&b, "hello");
    buf_putc(&b, ',');
    buf_add(&b, " world!!", 6);
    is_str(buf_str(&b), "hello, world", "puts, putc and add append");
    is_int((long long)b.len, 12, "len counts the bytes");

    buf_reset(&b);
    is_str(buf_str(&b), "", "reset empties the buffer");
    ok(b.cap > 0, "reset keeps the memory");

    for (int i = 0; i < 1000; i++) buf_printf(&b, "%d,", i % 10);
    is_int((long long)b.len, 2000, "printf grows the buffer");
    ok(b.data[b.len] == '\0', "the data stays NUL-terminated");
    ok(strncmp(b.data + 1990, "5,6,7,8,9,", 10) == 0, "the tail is right");

    buf_reset(&b);
    buf_rune(&b, 'A');
    buf_rune(&b, 0xE9);      /* é */
    buf_rune(&b, 0x4E16);    /* 世 */
    buf_rune(&b, 0x1F600);   /* 😀 */
    is_str(buf_str(&b), "A\xC3\xA9\xE4\xB8\x96\xF0\x9F\x98\x80", "rune encodes 1 to 4 bytes");
    buf_reset(&b);
    buf_rune(&b, 0xD800);
    buf_rune(&b, 0x110000);
    buf_rune(&b, -1);
    is_str(buf_str(&b), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "invalid runes become U+FFFD");

    buf_reset(&b);
    buf_printf(&b, "%s", "");
    is_str(buf_str(&b), "", "an empty printf adds nothing");

    buf_puts(&b, "taken");
    char *s = buf_take(&b);
    is_str(s, "taken", "take returns the string");
    is_str(buf_str(&b), "", "take leaves the buffer empty");
    free(s);

    Buf e = BUF_INIT;
    s = buf_take(&e);
    is_str(s, "", "take of an empty buffer returns \"\"");
    free(s);

    buf_fini(&b);
    ok(b.data == NULL && b.len == 0 && b.cap == 0, "fini frees and resets");
    return done_testing();
}
