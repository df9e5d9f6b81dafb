/* base/i18n.c: locale, language and catalogue for gettext. */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"

#ifndef GOROLAB_LOCALEDIR
#define GOROLAB_LOCALEDIR "/usr/local/share/locale"
#endif
#ifndef GOROLAB_BUILDDIR
#define GOROLAB_BUILDDIR "."
#endif

static int done;

/* is_c says whether a locale name is C or POSIX (gettext then ignores LANGUAGE). */
static int is_c(const char *name)
{
    return !name || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0;
}

/* env_lang is the language the environment asks for, as gettext orders
 * the variables (LANGUAGE first when set); NULL for none or C. */
static const char *env_lang(void)
{
    const char *vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (int i = 0; i < 4; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) return is_c(v) || strncmp(v, "C.", 2) == 0 ? NULL : v;
    }
    return NULL;
}

/* localedir is the build tree's po/locale when this binary is the build
 * tree's gorolab (run uninstalled), else the installed one. */
static const char *localedir(void)
{
    static char dir[PATH_MAX];
    char exe[PATH_MAX], bd[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0 && realpath(GOROLAB_BUILDDIR, bd)) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        struct stat st;
        size_t bl = strlen(bd);
        if (strcmp(exe, bd) == 0 && bl + 12 < sizeof dir) {
            memcpy(dir, bd, bl);
            memcpy(dir + bl, "/po/locale", 11);
            if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) return dir;
        }
    }
    return GOROLAB_LOCALEDIR;
}

/* utf8_locale makes the categories a translation needs UTF-8 when they
 * are C: the learner asked for a language the C locale cannot show. */
static void utf8_locale(void)
{
    if (is_c(setlocale(LC_MESSAGES, NULL))) setlocale(LC_MESSAGES, "C.UTF-8");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
}

void i18n_init(const char *lang)
{
    if (done && !lang) return;
    if (!done) {
        if (!setlocale(LC_ALL, "") && !setlocale(LC_ALL, "C.UTF-8")) setlocale(LC_ALL, "C");
        setlocale(LC_NUMERIC, "C");   /* Go's numbers print with a dot whatever the locale */
        bindtextdomain("gorolab", localedir());
        bind_textdomain_codeset("gorolab", "UTF-8");
        textdomain("gorolab");
        done = 1;
    }
    if (lang && *lang) {
        /* --lang overrides the environment: "zh" is zh_CN's catalogue */
        const char *ll = strcmp(lang, "zh") == 0 ? "zh_CN" : lang;
        setenv("LANGUAGE", ll, 1);
        if (strncmp(ll, "en", 2) != 0) utf8_locale();
    } else if (env_lang()) {
        /* the variables name a language whose locale may not be generated
         * here (setlocale fell back): LANGUAGE still picks the catalogue */
        const char *v = env_lang();
        if (!getenv("LANGUAGE") || !*getenv("LANGUAGE")) {
            char ll[64];
            size_t k = strcspn(v, ".@");
            if (k >= sizeof ll) k = sizeof ll - 1;
            memcpy(ll, v, k);
            ll[k] = 0;
            setenv("LANGUAGE", ll, 1);
        }
        if (strncmp(v, "en", 2) != 0) utf8_locale();
    }
    textdomain("gorolab");   /* a changed LANGUAGE takes effect */
}

const char *i18n_lang_flag(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) break;
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) return argv[i + 1];
        if (strncmp(argv[i], "--lang=", 7) == 0) return argv[i] + 7;
    }
    return NULL;
}

static int cp_width(unsigned c)
{
    if (c >= 0x300 && c <= 0x36F) return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

int i18n_width(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    int w = 0;
    while (*u) {
        unsigned c = *u;
        int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (n > 1) {
            c &= 0x3Fu >> (n - 1);
            for (int i = 1; i < n; i++) {
                if ((u[i] & 0xC0) != 0x80) { n = 1; c = '?'; break; }
                c = c << 6 | (u[i] & 0x3F);
            }
        }
        w += cp_width(c);
        u += n;
    }
    return w;
}

void i18n_pad(FILE *f, const char *s, int width)
{
    fputs(s, f);
    for (int w = i18n_width(s); w < width; w++) fputc(' ', f);
}
