/* tests/unit/tap.h: a tiny TAP producer for the C unit tests (libtap-style).
 * Usage: plan(N) or plan_lazy(); ok(cond, "name %d", i); is_str(got, want, name);
 * return done_testing(); */
#ifndef GOROLAB_TESTS_TAP_H
#define GOROLAB_TESTS_TAP_H

#include <stdbool.h>

void plan(int n);
void plan_lazy(void);                       /* print the plan at done_testing() */
bool ok_at(bool cond, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
bool is_str_at(const char *got, const char *want, const char *file, int line,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));
bool is_int_at(long long got, long long want, const char *file, int line,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int done_testing(void);                     /* exit status: 0 if all passed */

#define ok(cond, ...) ok_at((cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_str(got, want, ...) is_str_at((got), (want), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) is_int_at((got), (want), __FILE__, __LINE__, __VA_ARGS__)

#endif
