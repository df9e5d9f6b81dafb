/* grade/report.c: grading reports (see report.h). Shapes follow exercism's
 * results.json v3, GitHub Classroom's autograding result, TAP 14 and the
 * JUnit XML that CI servers read. */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "grade/report.h"

bool report_parse_format(const char *s, ReportFormat *out)
{
    static const char *const names[] = {"text", "json", "tap", "junit"};
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (ReportFormat)i;
            return true;
        }
    return false;
}

/* A test case of the report: the grader's checks, plus one for a grader
 * error, or one for the whole verdict when the grader made no check. */
typedef struct Case {
    const char *name, *message;
    const char *status;   /* "pass", "fail", "error" */
} Case;

static int cases_of(const GradeResult *r, Case *c, int max)
{
    int n = 0;
    for (int i = 0; i < r->nchecks && n < max - 1; i++) {
        c[n].name = r->checks[i].name;
        c[n].message = r->checks[i].message;
        c[n].status = r->checks[i].ok ? "pass" : "fail";
        n++;
    }
    if (r->verdict == GRADE_ERROR) {
        c[n].name = "grader";
        c[n].message = r->message ? r->message : "";
        c[n].status = "error";
        n++;
    } else if (n == 0) {
        c[n].name = r->lesson && *r->lesson ? r->lesson : "grade";
        c[n].message = r->message ? r->message : "";
        c[n].status = grade_verdict_name(r->verdict);
        n++;
    }
    return n;
}

/* utf8_len returns the length of the valid UTF-8 sequence at p (1 to 4),
 * or 0 for a byte that does not start one (overlong forms, surrogates and
 * code points past U+10FFFF are invalid, as in Go's utf8.DecodeRune). */
static int utf8_len(const unsigned char *p)
{
    unsigned c = p[0];
    if (c < 0x80) return 1;
    int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!n) return 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;   /* no surrogates */
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (p[1] < lo || p[1] > hi) return 0;
    for (int i = 2; i < n; i++)
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return n;
}

#define REPLACEMENT "\xEF\xBF\xBD"   /* U+FFFD for each invalid byte, as Go's encoding/json writes it */

static void json_str(Buf *b, const char *s)
{
    buf_puts(b, "\"");
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p;) {
        switch (*p) {
        case '"': buf_puts(b, "\\\""); break;
        case '\\': buf_puts(b, "\\\\"); break;
        case '\n': buf_puts(b, "\\n"); break;
        case '\r': buf_puts(b, "\\r"); break;
        case '\t': buf_puts(b, "\\t"); break;
        default:
            if (*p < 0x20 || *p == 0x7f) {
                buf_printf(b, "\\u%04x", *p);
            } else {
                int n = utf8_len(p);
                if (n) buf_add(b, p, (size_t)n), p += n - 1;
                else buf_puts(b, REPLACEMENT);
            }
        }
        p++;
    }
    buf_puts(b, "\"");
}

static void xml_str(Buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p;) {
        switch (*p) {
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '&': buf_puts(b, "&amp;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        case '\n': buf_puts(b, "&#10;"); break;
        case '\t': case '\r': buf_add(b, p, 1); break;
        default:
            if (*p < 0x20) {
                buf_puts(b, REPLACEMENT);   /* XML 1.0 has no way to write other controls */
            } else {
                int n = utf8_len(p);
                /* U+FFFE and U+FFFF are not XML characters either */
                if (n == 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) n = 0;
                if (n) buf_add(b, p, (size_t)n), p += n - 1;
                else buf_puts(b, REPLACEMENT);
            }
        }
        p++;
    }
}

/* valid_copy returns s with each invalid UTF-8 byte replaced by U+FFFD
 * (new Buf contents; for the TAP report's YAML). */
static void valid_copy(Buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p;) {
        int n = utf8_len(p);
        if (n) buf_add(b, p, (size_t)n), p += n;
        else buf_puts(b, REPLACEMENT), p++;
    }
}

/* yaml_block: a TAP YAML value as a literal block, indented. */
static void yaml_block(Buf *b, const char *key, const char *s)
{
    buf_printf(b, "  %s: |\n", key);
    Buf v = BUF_INIT;
    valid_copy(&v, s && *s ? s : "(none)");
    const char *p = buf_str(&v);
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        buf_puts(b, "    ");
        buf_add(b, p, n);
        buf_puts(b, "\n");
        p += n;
        if (*p) p++;
    }
    buf_fini(&v);
}

static void indent(Buf *b, const char *s, const char *pre)
{
    const char *p = s;
    while (p && *p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        buf_puts(b, pre);
        buf_add(b, p, n);
        buf_puts(b, "\n");
        p += n;
        if (*p) p++;
    }
}

bool report_write(FILE *out, ReportFormat fmt, const GradeResult *r)
{
    Case cs[257];
    int n = cases_of(r, cs, 256);
    int nfail = 0, nerr = 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(cs[i].status, "fail") == 0) nfail++;
        if (strcmp(cs[i].status, "error") == 0) nerr++;
    }
    const char *verdict = grade_verdict_name(r->verdict);
    const char *lesson = r->lesson && *r->lesson ? r->lesson : r->grader;
    Buf b = BUF_INIT;
    switch (fmt) {
    case REPORT_TEXT:
        if (r->verdict == GRADE_PASS) {
            buf_printf(&b, _("PASS  %s"), lesson);
            if (r->message && *r->message) buf_printf(&b, ": %s", r->message);
            buf_puts(&b, "\n");
        } else {
            buf_printf(&b, _("FAIL  %s%s\n"), lesson, r->verdict == GRADE_ERROR ? _(" (the grader did not finish)") : "");
            indent(&b, r->message && *r->message ? r->message : _("the grader failed this program"), "  ");
            if (r->verdict == GRADE_FAIL && r->replay_cmd) buf_printf(&b, _("  replay it: %s\n"), r->replay_cmd);
            if (r->verdict == GRADE_FAIL && r->hint)
                buf_printf(&b, _("  hint (%d left): %s\n"), r->hints_left, r->hint);
        }
        if (r->output && *r->output) indent(&b, r->output, "  | ");
        break;
    case REPORT_JSON:
        buf_puts(&b, "{\"version\":3,\"status\":");
        json_str(&b, verdict);
        buf_puts(&b, ",\"message\":");
        if (r->verdict == GRADE_ERROR) json_str(&b, r->message);
        else buf_puts(&b, "null");
        /* GitHub Classroom: the tests' scores add up to score, their maxima to max_score */
        buf_printf(&b, ",\"score\":%d,\"max_score\":%d", n - nfail - nerr, n);
        buf_puts(&b, ",\"lesson\":");
        json_str(&b, lesson);
        buf_puts(&b, ",\"tests\":[");
        for (int i = 0; i < n; i++) {
            if (i) buf_puts(&b, ",");
            buf_puts(&b, "{\"name\":");
            json_str(&b, cs[i].name);
            buf_puts(&b, ",\"status\":");
            json_str(&b, cs[i].status);
            buf_puts(&b, ",\"message\":");   /* exercism: a message only for failures */
            if (strcmp(cs[i].status, "pass") == 0) buf_puts(&b, "null");
            else json_str(&b, cs[i].message);
            buf_puts(&b, ",\"output\":");
            json_str(&b, i == n - 1 ? r->output : "");
            buf_puts(&b, ",\"test_code\":\"\"");
            buf_printf(&b, ",\"score\":%d,\"max_score\":1", strcmp(cs[i].status, "pass") == 0 ? 1 : 0);
            buf_puts(&b, "}");
        }
        buf_puts(&b, "]}\n");
        break;
    case REPORT_TAP:
        buf_printf(&b, "TAP version 14\n1..%d\n", n);
        for (int i = 0; i < n; i++) {
            bool okk = strcmp(cs[i].status, "pass") == 0;
            buf_printf(&b, "%s %d - %s\n", okk ? "ok" : "not ok", i + 1, cs[i].name);
            if (!okk) {
                buf_puts(&b, "  ---\n");
                yaml_block(&b, "message", cs[i].message);
                buf_printf(&b, "  severity: %s\n", cs[i].status);
                buf_puts(&b, "  ...\n");
            }
        }
        if (r->output && *r->output) indent(&b, r->output, "# ");
        break;
    case REPORT_JUNIT:
        buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        buf_printf(&b, "<testsuites tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">\n", n, nfail, nerr,
                   r->seconds);
        buf_puts(&b, "  <testsuite name=\"");
        xml_str(&b, lesson);
        buf_printf(&b, "\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">\n", n, nfail, nerr, r->seconds);
        for (int i = 0; i < n; i++) {
            buf_puts(&b, "    <testcase classname=\"");
            xml_str(&b, lesson);
            buf_puts(&b, "\" name=\"");
            xml_str(&b, cs[i].name);
            buf_puts(&b, "\"");
            if (strcmp(cs[i].status, "pass") == 0) {
                buf_puts(&b, "/>\n");
                continue;
            }
            const char *tag = strcmp(cs[i].status, "error") == 0 ? "error" : "failure";
            buf_printf(&b, ">\n      <%s message=\"", tag);
            xml_str(&b, cs[i].message);
            buf_puts(&b, "\">");
            xml_str(&b, cs[i].message);
            buf_printf(&b, "</%s>\n    </testcase>\n", tag);
        }
        if (r->output && *r->output) {
            buf_puts(&b, "    <system-out>");
            xml_str(&b, r->output);
            buf_puts(&b, "</system-out>\n");
        }
        buf_puts(&b, "  </testsuite>\n</testsuites>\n");
        break;
    }
    bool okw = fwrite(buf_str(&b), 1, b.len, out) == b.len;
    buf_fini(&b);
    return okw && fflush(out) == 0;
}
