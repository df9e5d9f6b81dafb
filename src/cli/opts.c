/* cli/opts.c: getopt_long for every subcommand, with gorolab's messages (cli/opts.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"

void cli_getopt_reset(void)
{
    optind = 0;   /* glibc: a full reinitialisation */
    opterr = 0;
}

int cli_usage(const char *cmd, const char *usage, const char *msg, ...)
{
    if (msg) {
        if (strcmp(cmd, "gorolab") == 0) fputs("gorolab: ", stderr);   /* the lab's own options */
        else fprintf(stderr, "gorolab %s: ", cmd);
        va_list ap;
        va_start(ap, msg);
        vfprintf(stderr, msg, ap);
        va_end(ap);
        fputc('\n', stderr);
    }
    fputs(usage, stderr);
    return EXIT_USAGE;
}

int cli_opt_end(int r) { return r == CLI_OPT_HELP ? 0 : EXIT_USAGE; }

int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts,
               const char *usage)
{
    /* our own table: the command's options plus --help */
    int n = 0;
    while (longopts && longopts[n].name) n++;
    struct option *lo = xcalloc((size_t)n + 2, sizeof *lo);
    if (n) memcpy(lo, longopts, sizeof *lo * (size_t)n);
    lo[n] = (struct option){"help", no_argument, NULL, 'h'};
    char *so = xmalloc(strlen(shortopts) + 4);
    sprintf(so, ":%sh", shortopts);   /* leading ':': a missing value returns ':' */
    int prev = optind ? optind : 1;
    int c = getopt_long(argc, argv, so, lo, NULL);
    free(so);
    free(lo);
    const char *cmd = argv[0];
    if (c == 'h') {
        fputs(usage, stdout);
        return CLI_OPT_HELP;
    }
    if (c == ':' || c == '?') {
        /* the option as written: argv[optind-1] for a long one, else -X */
        const char *arg = optind - 1 >= prev && optind - 1 < argc ? argv[optind - 1] : "";
        char shortname[3] = {'-', (char)optopt, 0};
        const char *name = strncmp(arg, "--", 2) == 0 || !optopt || optopt > 255 ? arg : shortname;
        char buf[256];
        snprintf(buf, sizeof buf, "%s", name);
        char *eq = strchr(buf, '=');
        if (eq) *eq = 0;
        if (c == ':') cli_usage(cmd, usage, "option %s wants a value", buf);
        else if (eq && strncmp(buf, "--", 2) == 0 && optopt) cli_usage(cmd, usage, "option %s takes no value", buf);
        else if (strcmp(cmd, "gorolab") == 0) cli_usage(cmd, usage, "unknown option %s (gorolab --help lists them)", buf);
        else cli_usage(cmd, usage, "unknown option %s (gorolab %s --help lists them)", buf, cmd);
        return CLI_OPT_BAD;
    }
    return c;
}

bool cli_u64(const char *v, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (!*v || *end || errno || v[0] == '-' || v[0] == '+' || v[0] == ' ') return false;
    *out = n;
    return true;
}

int cli_parse_go(const char *s)
{
    if (strncmp(s, "1.", 2) != 0 || !s[2]) return 0;
    int n = 0;
    for (s += 2; *s; s++) {
        if (*s < '0' || *s > '9' || n > 99) return 0;
        n = n * 10 + (*s - '0');
    }
    return n;
}

bool cli_go_minor(const char *cmd, const char *v, int *minor)
{
    int m = cli_parse_go(v);   /* strict: digits only, no overflow (1.4294967297 is not 1.1) */
    if (m >= GO_MINOR_MIN && m <= GO_MINOR_MAX) {
        *minor = m;
        return true;
    }
    fprintf(stderr,
            "gorolab %s: --go %s: gorolab models Go 1.%d to 1.%d (the default, the newest);\n"
            "  what changes with the version: math/rand's seeding (1.20, 1.24), per-iteration\n"
            "  loop variables (1.22), timers (1.23), WaitGroup.Wait's wait reason (1.25)\n",
            cmd, v, GO_MINOR_MIN, GO_MINOR_MAX);
    return false;
}

int cli_split_dashdash(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--") == 0) return i;
    return argc;
}

const char *cli_optname(const struct option *lo, int val)
{
    for (; lo && lo->name; lo++)
        if (lo->val == val) return lo->name;
    return "?";
}
