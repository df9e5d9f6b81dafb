/* grade/report.h: a grading's result as text, JSON, TAP or JUnit XML.
 *
 *   text   "PASS  lesson: message" / "FAIL  lesson" + the reason + a hint
 *   json   exercism's results.json v3 ({"version":3,"status","message","tests"})
 *          with GitHub Classroom's "score"/"max_score" added at the top and per test
 *   tap    TAP version 14: one test point per expect/pass/fail, YAML diagnostics
 *   junit  <testsuites><testsuite><testcase><failure message=...>
 * Each expect/pass/fail call of the grader is one test; a grader error is one
 * more failing test named "grader". Writes only; never fails but on I/O.
 */
#ifndef GOROLAB_GRADE_REPORT_H
#define GOROLAB_GRADE_REPORT_H

#include <stdbool.h>
#include <stdio.h>
#include "grade/lab.h"

typedef enum ReportFormat { REPORT_TEXT, REPORT_JSON, REPORT_TAP, REPORT_JUNIT } ReportFormat;

/* report_parse_format: "text", "json", "tap", "junit"; false otherwise. */
bool report_parse_format(const char *s, ReportFormat *out);

/* report_write writes r in format fmt to out; returns false on a write error. */
bool report_write(FILE *out, ReportFormat fmt, const GradeResult *r);

#endif
