/* tests/unit/grade_test.c: grading (src/grade/): small graders against small
 * Go programs (a leak, a deadlock, a panic, a race, a correct program), every
 * field of lab.run's result, lab.explore, lab.explain's sentences,
 * expect/pass/fail verdicts, the four report formats (JSON checked by a small
 * parser), the sandbox escape attempts of tests/grade/escape_*.lua (each must
 * end safely with the message on its first line), and the budget and memory
 * caps. Kept fast: small caps, few schedules. */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "grade/lab.h"
#include "grade/report.h"
#include "lang/compile.h"
#include "tap.h"

static const char LEAK_GO[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func worker(results chan int) {\n"
    "\tresults <- 1\n"
    "\tresults <- 2\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tresults := make(chan int)\n"
    "\tgo worker(results)\n"
    "\tfmt.Println(<-results)\n"
    "}\n";

static const char HELD_GO[] =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tch, done := make(chan int), make(chan int)\n"
    "\tgo func() { <-ch; done <- 1 }()\n"
    "\t<-done\n"
    "}\n";

static const char DEADLOCK_GO[] =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tdone := make(chan bool)\n"
    "\tdone <- true\n"
    "}\n";

static const char OK_GO[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"os\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tresults := make(chan int, 3)\n"
    "\tfor i := 1; i <= 3; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func(n int) {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tresults <- n * n\n"
    "\t\t}(i)\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tclose(results)\n"
    "\tsum := 0\n"
    "\tfor r := range results {\n"
    "\t\tsum += r\n"
    "\t}\n"
    "\tfmt.Println(\"sum\", sum, len(os.Args))\n"
    "}\n";

static const char PANIC_GO[] =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tvar m map[string]int\n"
    "\tm[\"x\"] = 1\n"
    "}\n";

static const char RACE_GO[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "var counter int\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor i := 0; i < 2; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tcounter++\n"
    "\t\t}()\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tfmt.Println(counter)\n"
    "}\n";

static const char LOOP_GO[] =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tfor {\n"
    "\t}\n"
    "}\n";

static const char BAD_GO[] =
    "package main\n"
    "\n"
    "func main() {\n"
    "\tx := 1\n"
    "}\n";

static const char *const HINTS[] = {"Who closes the channel?", "The sender.", NULL};
static const char *const WATCH_CH[] = {"results", NULL};
static const char *const WATCH_FN[] = {"worker", NULL};

/* grade runs lua (named name) against go; limits may be NULL. */
static GradeVerdict grade(const char *go, const char *name, const char *lua, const SbxLimits *limits,
                          GradeResult *r)
{
    SourceFile f = {.name = "main.go", .abspath = "/tmp/gorolab-test/main.go", .text = go, .len = strlen(go)};
    LabInput in;
    memset(&in, 0, sizeof in);
    in.lesson.id = "unclosed-channel";
    in.lesson.title = "Unclosed channel";
    in.lesson.go = "1.22";
    in.lesson.watch_channels = WATCH_CH;
    in.lesson.watch_funcs = WATCH_FN;
    in.lesson.hints = HINTS;
    in.files = &f;
    in.nfiles = 1;
    in.grader_name = name;
    in.grader_text = lua;
    in.grader_len = strlen(lua);
    if (limits) in.limits = *limits;
    if (limits && limits->wall_ms) lab_grade_bounded(&in, r);   /* in a child, under a watchdog */
    else lab_grade(&in, r);
    compile_fini();
    return r->verdict;
}

/* expect_verdict grades and compares verdict and (a substring of) the message. */
static void expect_verdict(const char *what, const char *go, const char *lua, GradeVerdict want,
                           const char *msg_has)
{
    GradeResult r;
    GradeVerdict v = grade(go, "t.lua", lua, NULL, &r);
    bool okv = v == want && (!msg_has || (r.message && strstr(r.message, msg_has)));
    ok(okv, "%s", what);
    if (!okv) diag("verdict %s, message: %s", grade_verdict_name(v), r.message ? r.message : "(null)");
    grade_result_fini(&r);
}

/* ---- a small JSON syntax checker ---- */

static const char *js_ws(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++;
    return p;
}
static const char *js_value(const char *p);
static const char *js_string(const char *p)
{
    if (*p != '"') return NULL;
    for (p++; *p && *p != '"'; p++) {
        if ((unsigned char)*p < 0x20) return NULL;
        if (*p == '\\') {
            p++;
            if (!strchr("\"\\/bfnrtu", *p)) return NULL;
        }
    }
    return *p == '"' ? p + 1 : NULL;
}
static const char *js_value(const char *p)
{
    p = js_ws(p);
    if (*p == '"') return js_string(p);
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        bool obj = *p == '{';
        p = js_ws(p + 1);
        if (*p == close) return p + 1;
        for (;;) {
            if (obj) {
                p = js_string(js_ws(p));
                if (!p) return NULL;
                p = js_ws(p);
                if (*p++ != ':') return NULL;
            }
            p = js_value(p);
            if (!p) return NULL;
            p = js_ws(p);
            if (*p == ',') { p++; continue; }
            if (*p == close) return p + 1;
            return NULL;
        }
    }
    if (strncmp(p, "null", 4) == 0 || strncmp(p, "true", 4) == 0) return p + 4;
    if (strncmp(p, "false", 5) == 0) return p + 5;
    if (*p == '-' || (*p >= '0' && *p <= '9')) {
        char *e;
        strtod(p, &e);
        return e;
    }
    return NULL;
}
static bool json_valid(const char *s)
{
    const char *e = js_value(s);
    return e && *js_ws(e) == 0;
}

static char *report_text(ReportFormat f, const GradeResult *r)
{
    char *data = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&data, &len);
    report_write(m, f, r);
    fclose(m);
    return data;
}

/* ---- tests ---- */

static void test_run_fields(void)
{
    static const char lua[] =
        "local r = lab.run{ seed = 1 }\n"
        "expect(r.status == 'exit', 'status ' .. tostring(r.status))\n"
        "expect(r.exit_code == 0, 'exit_code')\n"
        "expect(r.stdout == '1\\n', 'stdout ' .. r.stdout)\n"
        "expect(r.stderr:find('found unexpected goroutines', 1, true), 'stderr has the leak report')\n"
        "expect(r.panic == nil, 'no panic')\n"
        "expect(#r.goroutines == 1 and #r.leaked == 1, 'one goroutine left, leaked')\n"
        "local g = r.leaked[1]\n"
        "expect(g == r.goroutines[1], 'leaked shares the goroutine table')\n"
        "expect(g.id == 2 and g.state == 'chan send' and g.func == 'main.worker', 'g id/state/func')\n"
        "expect(g.file == 'main.go' and g.line == 7 and g.path == '/tmp/gorolab-test/main.go', 'g file/line')\n"
        "expect(g.created_by == 1 and g.created_func == 'main.main' and g.created_line == 12, 'created by')\n"
        "expect(g.leaked == true and type(g.stack) == 'string' and g.waiting_ns >= 0, 'leaked, stack')\n"
        "expect(g.chan and g.chan.name == 'results', 'g.chan')\n"
        "local c = r.channels[1]\n"
        "expect(#r.channels == 1 and c.id == 1 and c.name == 'results' and c.type == 'chan int', 'chan id/name/type')\n"
        "expect(c.cap == 0 and c.len == 0 and c.closed == false and #c.values == 0, 'chan cap/len/closed/values')\n"
        "expect(#c.sendq == 1 and c.sendq[1] == 2 and #c.recvq == 0, 'chan queues')\n"
        "expect(c.file == 'main.go' and c.line == 11, 'chan made at')\n"
        "expect(#r.races == 0 and r.race == true, 'the race detector is on by default, and found nothing')\n"
        "expect(r.peak_goroutines == 2, 'peak ' .. r.peak_goroutines)\n"
        "expect(r.virtual_time > 0 and r.steps > 0, 'time and steps')\n"
        "expect(r.cpu[1] > 0 and r.cpu[2] ~= nil, 'cpu per goroutine')\n"
        "expect(#r.events > 0 and r.events_total >= #r.events, 'events')\n"
        "local kinds = {}\n"
        "for _, e in ipairs(r.events) do kinds[e.kind] = (kinds[e.kind] or 0) + 1 end\n"
        "expect(kinds['go create'] == 2 and kinds['leak'] == 1 and kinds['chan send'] == 1, 'event kinds')\n"
        "expect(r.seed == 1, 'seed echoed')\n"
        "local again = lab.run{ seed = 1 }\n"
        "expect(again.stdout == r.stdout and again.steps == r.steps, 'runs are deterministic')\n"
        "local ev = lab.run{ events = false }\n"
        "expect(#ev.events == 0, 'events = false')\n"
        "return pass('fields ok')\n";
    GradeResult r;
    GradeVerdict v = grade(LEAK_GO, "fields.lua", lua, NULL, &r);
    ok(v == GRADE_PASS, "every field of lab.run's result");
    if (v != GRADE_PASS) diag("%s", r.message);
    is_str(r.message, "fields ok", "pass message kept");
    ok(r.nchecks > 25 && r.checks[0].ok, "each expect is a check (%d)", r.nchecks);
    is_str(r.checks[0].name, "expect at fields.lua:2", "check named after its line");
    grade_result_fini(&r);
    grade(OK_GO, "loop.lua", "for i = 1, 3 do expect(true, 'x') end\nreturn pass()\n", NULL, &r);
    ok(r.nchecks == 4 && strcmp(r.checks[2].name, "expect at loop.lua:1 (3)") == 0, "repeats are numbered (%s)",
       r.nchecks > 2 ? r.checks[2].name : "?");
    is_str(r.lesson, "unclosed-channel", "lesson id in the result");
    grade_result_fini(&r);
}

static void test_statuses(void)
{
    expect_verdict("deadlock status, exit code and fatal text", DEADLOCK_GO,
                   "local r = lab.run{}\n"
                   "expect(r.status == 'deadlock' and r.exit_code == 2, r.status)\n"
                   "expect(r.fatal == 'all goroutines are asleep - deadlock!', tostring(r.fatal))\n"
                   "expect(#r.goroutines == 1 and r.goroutines[1].state == 'chan send', 'main blocked')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("panic status and message", PANIC_GO,
                   "local r = lab.run{}\n"
                   "expect(r.status == 'panic' and r.exit_code == 2, r.status)\n"
                   "expect(r.panic == 'assignment to entry in nil map', tostring(r.panic))\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("compile_error status", BAD_GO,
                   "local r = lab.run{}\n"
                   "expect(r.status == 'compile_error' and r.exit_code == 1, r.status)\n"
                   "expect(r.stderr:find('main.go:4:2: declared and not used: x', 1, true), r.stderr)\n"
                   "expect(#r.goroutines == 0 and #r.leaked == 0, 'empty lists')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("limit status from limits.steps", LOOP_GO,
                   "local r = lab.run{ limits = { steps = 20000 } }\n"
                   "expect(r.status == 'limit' and r.exit_code == 3, r.status)\n"
                   "expect(r.fatal:find('step limit', 1, true), tostring(r.fatal))\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("limits.time as a duration", OK_GO,
                   "local r = lab.run{ limits = { time = '10s', goroutines = 100, heap = 64 } }\n"
                   "expect(r.status == 'exit', r.status)\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("args become os.Args", OK_GO,
                   "local r = lab.run{ args = { 'a', 'b' } }\n"
                   "expect(r.stdout == 'sum 14 3\\n', r.stdout)\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("race = true reports races", RACE_GO,
                   "local r = lab.run{ race = true }\n"
                   "expect(#r.races >= 1 and r.race, 'a race')\n"
                   "local x = r.races[1]\n"
                   "expect(x.access.g > 1 and x.previous.g > 1 and x.access.line == 16, 'race sides')\n"
                   "expect(lab.explain(x):find('^data race'), lab.explain(x))\n"
                   "expect(lab.explain(r):find('^data race'), lab.explain(r))\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
}

static void test_explore(void)
{
    expect_verdict("explore: a correct program passes every schedule", OK_GO,
                   "local all = lab.explore{ runs = 20 }\n"
                   "expect(all.runs == 20 and all.failed == 0 and all.first_failure == nil, 'all pass')\n"
                   "expect(lab.explain(all) == 'all 20 schedules passed', lab.explain(all))\n"
                   "local pct = lab.explore{ runs = 5, mode = 'pct', depth = 2 }\n"
                   "expect(pct.failed == 0 and pct.mode == 'pct', 'pct')\n"
                   "local dfs = lab.explore{ runs = 5, mode = 'dfs', preemptions = 1 }\n"
                   "expect(dfs.failed == 0 and dfs.runs >= 1, 'dfs')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("explore: the first failure is explained and replayable", LEAK_GO,
                   "local all = lab.explore{ runs = 10 }\n"
                   "expect(all.failed == 1 and all.runs == 1, 'stops at the first failure')\n"
                   "expect(all.first_failure:find('after main returned', 1, true), all.first_failure)\n"
                   "expect(all.schedule:find('^v1%-'), tostring(all.schedule))\n"
                   "expect(all.result.status == 'exit' and all.seed == 1, 'result kept')\n"
                   "local again = lab.run{ schedule = all.schedule }\n"
                   "expect(#again.leaked == 1 and again.schedule ~= nil, 'replay')\n"
                   "local every = lab.explore{ runs = 3, stop = false }\n"
                   "expect(every.failed == 3 and every.runs == 3, 'stop = false runs all')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("explore: check decides", LEAK_GO,
                   "local all = lab.explore{ runs = 4, check = function(r) return r.stdout == '1\\n' end }\n"
                   "expect(all.failed == 0, tostring(all.first_failure))\n"
                   "local bad = lab.explore{ runs = 4, check = function(r) return false, 'no good' end }\n"
                   "expect(bad.failed == 1 and bad.first_failure == 'no good\\n(schedule 1 of 4)', bad.first_failure)\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("an unknown option is a grader error", OK_GO, "lab.run{ sede = 1 }\n", GRADE_ERROR,
                   "grader t.lua:1: lab.run: unknown option sede");
    expect_verdict("an unknown limit is a grader error", OK_GO, "lab.explore{ limits = { stepz = 1 } }\n",
                   GRADE_ERROR, "limits: unknown option stepz");
    expect_verdict("explore: a bad mode is a grader error", OK_GO, "lab.explore{ mode = 'wild' }\n",
                   GRADE_ERROR, "mode must be");
}

static const char SLEEPY_GO[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func worker(id int, out chan<- int) {\n"
    "\ttime.Sleep(10 * time.Millisecond)\n"
    "\tout <- id\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tresults := make(chan int, 3)\n"
    "\tfor i := 1; i <= 3; i++ {\n"
    "\t\tgo worker(i, results)\n"
    "\t}\n"
    "\ttime.Sleep(time.Second) // instead of waiting for them\n"
    "\tfmt.Println(len(results))\n"
    "}\n";

static void test_grading_api(void)
{
    expect_verdict("race is on by default; race = false turns it off", RACE_GO,
                   "local r = lab.run{}\n"
                   "expect(r.race and #r.races >= 1, 'default race')\n"
                   "local q = lab.run{ race = false }\n"
                   "expect(not q.race and #q.races == 0, 'race = false')\n"
                   "local all = lab.explore{ runs = 3 }\n"
                   "expect(all.failed == 1 and all.first_failure:find('data race', 1, true), all.first_failure)\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("events carry func, fn and chan; lab.events filters; lab.max_alive counts", SLEEPY_GO,
                   "local r = lab.run{}\n"
                   "local sends = lab.events(r, { kind = 'chan send', chan = 'results' })\n"
                   "expect(#sends == 3 and sends[1].func == 'main.worker' and sends[1].line == 10, 'sends')\n"
                   "local made = lab.events(r, { kind = 'go create', fn = 'main.worker' })\n"
                   "expect(#made == 3 and made[1].func == 'main.main', 'creates')\n"
                   "local sleeps = lab.events(r.events, { kind = 'go block', reason = 'sleep', func = 'main.worker' })\n"
                   "expect(#sleeps == 3, 'sleeps ' .. #sleeps)\n"
                   "expect(#lab.events(r) == #r.events, 'no filter: every event')\n"
                   "expect(lab.max_alive(r, 'main.worker') == 3, 'max alive ' .. lab.max_alive(r, 'main.worker'))\n"
                   "expect(lab.max_alive(r, 'main.nobody') == 0, 'none alive')\n"
                   "local n, k = 0, 0\n"
                   "for i, e in ipairs(r.events) do n = n + 1; expect(e == r.events[i], 'kept') end\n"
                   "for _ in pairs(r.events) do k = k + 1 end\n"
                   "expect(n == #r.events and k == n and n > 10, 'ipairs, pairs and # agree: ' .. n .. ' ' .. k)\n"
                   "expect(r.events[0] == nil and r.events[n + 1] == nil and r.events.kind == nil, 'out of range')\n"
                   "expect(getmetatable(r.events) == false, 'the metatable is hidden')\n"
                   "local plain = {}\n"
                   "for i, e in ipairs(r.events) do plain[i] = e end\n"
                   "for _, f in ipairs{ { kind = 'go block', reason = 'sleep' }, { g = 2 }, { chan = 'results', b = 0 },\n"
                   "                    { file = 'main.go', line = 10 }, { fn = 'main.worker' }, { nope = 1 }, { kind = 'chan send', a = 1.5 } } do\n"
                   "  local want = 0\n"
                   "  for _, e in ipairs(plain) do\n"
                   "    local ok = true\n"
                   "    for k, v in pairs(f) do ok = ok and e[k] == v end\n"
                   "    if ok then want = want + 1 end\n"
                   "  end\n"
                   "  expect(#lab.events(r, f) == want and #lab.events(plain, f) == want, 'the C filter agrees with Lua on ' .. next(f))\n"
                   "end\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("the timing adversary: a sleep is not long enough on every schedule", SLEEPY_GO,
                   "local fair = lab.explore{ runs = 50, timing = false, check = function(r)\n"
                   "  return r.stdout == '3\\n', 'only ' .. r.stdout end }\n"
                   "expect(fair.failed == 0, 'a fair clock: ' .. tostring(fair.first_failure))\n"
                   "local adv = lab.explore{ runs = 50, check = function(r)\n"
                   "  return #lab.events(r, { kind = 'chan send' }) == 3 and r.stdout == '3\\n', 'only ' .. r.stdout end }\n"
                   "expect(adv.failed == 1 and adv.schedule:find('%.0'), tostring(adv.first_failure))\n"
                   "local again = lab.run{ schedule = adv.schedule }\n"
                   "expect(again.stdout == adv.result.stdout, 'the replay prints the same')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("lab.check names a check and fails like expect", OK_GO,
                   "lab.check('sum', lab.run{}.stdout == 'sum 14 1\\n', 'the sum')\n"
                   "lab.check('never', false, 'the message')\n",
                   GRADE_FAIL, "the message");
    expect_verdict("lab.say speaks the lesson's language", OK_GO,
                   "expect(lab.lesson.lang == 'en', lab.lesson.lang)\n"
                   "expect(lab.say{ en = 'hello', zh = '你好' } == 'hello', 'en')\n"
                   "expect(lab.say{ zh = '你好', en = 'x' } == 'x' and lab.say('plain') == 'plain', 'fallbacks')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
}

static void test_explain(void)
{
    expect_verdict("explain: a leaked goroutine", LEAK_GO,
                   "local r = lab.run{}\n"
                   "local want = 'goroutine 2 (worker, main.go:7) is still blocked sending to `results` "
                   "(made at main.go:11) after main returned: nobody else holds `results`: this goroutine can never run again (leaked)'\n"
                   "expect(lab.explain(r.leaked[1]) == want, lab.explain(r.leaked[1]))\n"
                   "expect(lab.explain(r.leaked) == want, 'a list of one')\n"
                   "expect(lab.explain(r) == want, 'a result with a leak')\n"
                   "expect(lab.explain({}) == 'no goroutine is left blocked', lab.explain({}))\n"
                   "expect(lab.explain({r.leaked[1], r.leaked[1]}):find('^2 goroutines are stuck: '), 'two')\n"
                   "expect(lab.explain(nil) == 'nothing to explain' and lab.explain('x') == 'x', 'nil, string')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("explain: a deadlock", DEADLOCK_GO,
                   "local r = lab.run{}\n"
                   "local want = 'the program deadlocked: every goroutine was blocked (goroutine 1 (main, "
                   "main.go:5) is blocked sending to `done` (made at main.go:4): nobody else holds `done`: this goroutine can never "
                   "run again (leaked))'\n"
                   "expect(lab.explain(r) == want, lab.explain(r))\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("explain: who holds the channel, blocked themselves", HELD_GO,
                   "local r = lab.run{}\n"
                   "local g2 = r.goroutines[2]\n"
                   "local want = 'only goroutines that can never run again themselves hold `ch` (g1 chan receive): "
                   "this goroutine can never run again (leaked)'\n"
                   "expect(g2.unblock == want, g2.unblock)\n"
                   "expect(lab.explain(g2):find(want, 1, true), lab.explain(g2))\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("explain: a panic, a compile error, a clean run", PANIC_GO,
                   "local r = lab.run{}\n"
                   "expect(lab.explain(r) == 'the program panicked: assignment to entry in nil map', lab.explain(r))\n"
                   "expect(lab.explain({status = 'compile_error', stderr = 'main.go:1:1: bad\\nmore'}) == "
                   "'the program does not compile: main.go:1:1: bad', 'compile')\n"
                   "expect(lab.explain({status = 'exit', exit_code = 0, leaked = {}, races = {}}):find('^the program ran to completion'), 'clean')\n"
                   "expect(lab.explain({status = 'exit', exit_code = 4, leaked = {}, races = {}}) == 'the program exited with status 4', 'status')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
}

static void test_verdicts(void)
{
    expect_verdict("expect false fails with its message", OK_GO, "expect(1 == 2, 'one is not two')\nreturn pass('no')\n",
                   GRADE_FAIL, "one is not two");
    expect_verdict("fail() fails", OK_GO, "fail('nope')\n", GRADE_FAIL, "nope");
    expect_verdict("a failure sticks through pcall", OK_GO,
                   "pcall(fail, 'caught')\nreturn pass('after')\n", GRADE_FAIL, "caught");
    expect_verdict("the first failure is the reason", OK_GO,
                   "pcall(expect, false, 'first')\nfail('second')\n", GRADE_FAIL, "first");
    expect_verdict("pass() passes", OK_GO, "expect(true, 'fine')\nreturn pass('well done')\n", GRADE_PASS,
                   "well done");
    expect_verdict("a Lua error is a grader error with file:line", OK_GO, "local x = nil\nreturn x.y\n",
                   GRADE_ERROR, "grader t.lua:2: attempt to index a nil value (local 'x')");
    expect_verdict("a syntax error is a grader error", OK_GO, "this is not lua\n", GRADE_ERROR, "grader t.lua:1:");
    expect_verdict("error with a table value", OK_GO, "error({})\n", GRADE_ERROR, "error object is a table value");
    expect_verdict("lab.source and lab.files", OK_GO,
                   "expect(lab.source():find('package main', 1, true), 'source')\n"
                   "expect(lab.source('main.go') == lab.source(), 'by name')\n"
                   "expect(lab.source('nope.go') == nil, 'unknown file')\n"
                   "expect(lab.files[1] == 'main.go', 'files')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("lab.lesson", OK_GO,
                   "local l = lab.lesson\n"
                   "expect(l.id == 'unclosed-channel' and l.title == 'Unclosed channel' and l.go == '1.22', 'id')\n"
                   "expect(l.watch.channels[1] == 'results' and l.watch.funcs[1] == 'worker', 'watch')\n"
                   "expect(#l.hints == 2, 'hints')\n"
                   "return pass()\n",
                   GRADE_PASS, NULL);
    expect_verdict("text load works, in mode t", OK_GO,
                   "local f = load('return 1 + 1')\nexpect(f() == 2, 'load')\n"
                   "local g = load('return 3', 'c', 'bt')\n"
                   "return pass()\n",
                   GRADE_ERROR, "binary chunks are not allowed");
    GradeResult r;
    grade(OK_GO, "p.lua", "print('hello', 42)\nreturn pass('x')\n", NULL, &r);
    is_str(r.output, "hello\t42\n", "print goes to the result's output");
    grade_result_fini(&r);
}

static void test_reports(void)
{
    GradeResult r;
    grade(LEAK_GO, "leak.lua",
          "local r = lab.run{}\nexpect(r.status == 'exit', 'exits')\n"
          "expect(#r.leaked == 0, lab.explain(r.leaked))\nreturn pass('ok')\n",
          NULL, &r);
    ok(r.verdict == GRADE_FAIL && r.nchecks == 2, "a failing grading: two checks");
    char *t = report_text(REPORT_TEXT, &r);
    ok(strncmp(t, "FAIL  unclosed-channel\n  goroutine 2 (worker, main.go:7)", 54) == 0, "text: FAIL and the reason");
    ok(strstr(t, "  hint (2 left): Who closes the channel?\n") != NULL, "text: the next hint");
    if (strncmp(t, "FAIL", 4)) diag("%s", t);
    free(t);
    char *j = report_text(REPORT_JSON, &r);
    ok(json_valid(j), "json: valid JSON");
    if (!json_valid(j)) diag("%s", j);
    ok(strstr(j, "{\"version\":3,\"status\":\"fail\",\"message\":null,\"score\":1,\"max_score\":2") == j,
       "json: exercism v3 and classroom fields (one of two tests passed)");
    ok(strstr(j, "\"score\":1,\"max_score\":1}") && strstr(j, "\"score\":0,\"max_score\":1}"),
       "json: each test scores 1 of 1 or 0 of 1: they add up to score and max_score");
    ok(strstr(j, "\"tests\":[{\"name\":\"expect at leak.lua:2\",\"status\":\"pass\"") != NULL, "json: tests");
    ok(strstr(j, "\"status\":\"fail\",\"message\":\"goroutine 2 (worker") != NULL, "json: failing test message");
    free(j);
    char *tap = report_text(REPORT_TAP, &r);
    ok(strncmp(tap, "TAP version 14\n1..2\nok 1 - expect at leak.lua:2\nnot ok 2 - expect at leak.lua:3\n  ---\n"
                    "  message: |\n    goroutine 2",
               112) == 0,
       "tap: version, plan, points, YAML block");
    ok(strstr(tap, "  severity: fail\n  ...\n") != NULL, "tap: YAML block ends");
    free(tap);
    char *x = report_text(REPORT_JUNIT, &r);
    ok(strncmp(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"2\" failures=\"1\" errors=\"0\"", 83) == 0,
       "junit: header and counts");
    ok(strstr(x, "<failure message=\"goroutine 2 (worker, main.go:7) is still blocked sending to `results`") != NULL,
       "junit: failure message");
    free(x);
    grade_result_fini(&r);

    grade(OK_GO, "ok.lua", "return pass('No goroutine outlives main.')\n", NULL, &r);
    t = report_text(REPORT_TEXT, &r);
    is_str(t, "PASS  unclosed-channel: No goroutine outlives main.\n", "text: PASS line");
    free(t);
    j = report_text(REPORT_JSON, &r);
    ok(json_valid(j) && strstr(j, "\"status\":\"pass\",\"message\":null,\"score\":1,\"max_score\":1"), "json: pass");
    free(j);
    grade_result_fini(&r);

    SbxLimits lim = {.insns = 1000000};
    grade(OK_GO, "spin.lua", "local n = 0\nwhile true do\n  n = n + 1\nend\n", &lim, &r);
    is_str(r.message, "grader spin.lua:3: instruction budget exhausted (1000000)", "budget message names file and line");
    j = report_text(REPORT_JSON, &r);
    ok(json_valid(j) && strstr(j, "\"status\":\"error\",\"message\":\"grader spin.lua:3:"), "json: error status");
    free(j);
    tap = report_text(REPORT_TAP, &r);
    ok(strstr(tap, "1..1\nnot ok 1 - grader\n") && strstr(tap, "severity: error"), "tap: grader error");
    free(tap);
    x = report_text(REPORT_JUNIT, &r);
    ok(strstr(x, "errors=\"1\"") && strstr(x, "<error message=\"grader spin.lua:3"), "junit: error element");
    free(x);
    grade_result_fini(&r);
    ReportFormat f;
    ok(report_parse_format("junit", &f) && f == REPORT_JUNIT && !report_parse_format("xml", &f), "format names");
}

static void test_caps(void)
{
    SbxLimits lim = {.mem = 8u << 20, .insns = 5000000};
    GradeResult r;
    grade(OK_GO, "mem.lua", "local t = {}\nfor i = 1, 1e8 do t[i] = {i} end\n", &lim, &r);
    ok(r.verdict == GRADE_ERROR && strstr(r.message, "grader mem.lua:") && strstr(r.message, "memory cap exhausted (8 MiB)"),
       "memory cap: %s", r.message);
    grade_result_fini(&r);
    grade(OK_GO, "many.lua", "local n = 0\nfor i = 1, 100 do n = n + #lab.run{}.stdout end\nreturn pass(tostring(n))\n",
          &lim, &r);
    ok(r.verdict == GRADE_PASS, "a hundred runs fit the caps (%s)", r.message);
    grade_result_fini(&r);
}

/* The escape attempts: line 1 is "-- expect: error|fail|pass: TEXT". */
static void test_escapes(void)
{
    const char *srcdir = getenv("srcdir");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/tests/grade", srcdir && *srcdir ? srcdir : ".");
    DIR *d = opendir(dir);
    ok(d != NULL, "open %s", dir);
    if (!d) return;
    char *names[128];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < 128)
        if (strncmp(de->d_name, "escape_", 7) == 0 && strstr(de->d_name, ".lua")) names[n++] = xstrdup(de->d_name);
    closedir(d);
    ok(n >= 15, "%d escape files", n);
    for (int i = 0; i < n; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len = 0;
        char *text = lab_read_text(path, &len);
        char kind[16] = "", want[512] = "";
        if (!text || sscanf(text, "-- expect: %15[a-z]: %511[^\n]", kind, want) != 2) {
            ok(false, "%s: no expect line", names[i]);
            free(text);
            continue;
        }
        /* the escapes that the count hook cannot see meet the watchdog */
        SbxLimits lim = {.mem = 16u << 20, .insns = 2000000,
                         .wall_ms = strstr(text, "time limit exhausted") ? 800 : 0};
        GradeResult r;
        GradeVerdict v = grade(OK_GO, names[i], text, &lim, &r);
        bool good = strcmp(grade_verdict_name(v), kind) == 0 && r.message && strstr(r.message, want);
        ok(good, "%s ends safely: %s", names[i], want);
        if (!good) diag("got %s: %s", grade_verdict_name(v), r.message ? r.message : "(null)");
        grade_result_fini(&r);
        free(text);
        free(names[i]);
    }
    FILE *f = fopen("/tmp/gorolab-sandbox-escaped", "r");
    ok(f == NULL, "os.execute left no file behind");
    if (f) fclose(f);
}

int main(void)
{
    plan_lazy();
    test_run_fields();
    test_statuses();
    test_explore();
    test_grading_api();
    test_explain();
    test_verdicts();
    test_reports();
    test_caps();
    test_escapes();
    return done_testing();
}
