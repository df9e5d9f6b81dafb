/* tests/unit/tap.c: a tiny TAP producer for the C unit tests. */
#include "tap.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int planned = -1, run, failed;

void plan(int n) { planned = n; printf("1..%d\n", n); }
void plan_lazy(void) { planned = -1; }

static void report(bool cond, const char *fmt, va_list ap)
{
    run++;
    if (!cond) failed++;
    printf("%s %d - ", cond ? "ok" : "not ok", run);
    vprintf(fmt, ap);
    putchar('\n');
}

bool ok_at(bool cond, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(cond, fmt, ap);
    va_end(ap);
    if (!cond) diag("  failed at %s:%d", file, line);
    return cond;
}

bool is_str_at(const char *got, const char *want, const char *file, int line, const char *fmt, ...)
{
    bool cond = got && want ? strcmp(got, want) == 0 : got == want;
    va_list ap;
    va_start(ap, fmt);
    report(cond, fmt, ap);
    va_end(ap);
    if (!cond) {
        diag("  failed at %s:%d", file, line);
        diag("         got: \"%s\"", got ? got : "(null)");
        diag("    expected: \"%s\"", want ? want : "(null)");
    }
    return cond;
}

bool is_int_at(long long got, long long want, const char *file, int line, const char *fmt, ...)
{
    bool cond = got == want;
    va_list ap;
    va_start(ap, fmt);
    report(cond, fmt, ap);
    va_end(ap);
    if (!cond) {
        diag("  failed at %s:%d", file, line);
        diag("         got: %lld", got);
        diag("    expected: %lld", want);
    }
    return cond;
}

void diag(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("# ");
    vprintf(fmt, ap);
    putchar('\n');
    va_end(ap);
}

int done_testing(void)
{
    if (planned < 0) printf("1..%d\n", run);
    else if (planned != run) { diag("planned %d tests but ran %d", planned, run); return 1; }
    return failed ? 1 : 0;
}
