/* cli/new.c: `gorolab new PACK | PACK/LESSON`: start a lesson pack, or add a
 * lesson to one, that `gorolab check` accepts at once. A new lesson is a
 * working example to rewrite: its YAML with English and Chinese text, the
 * starter (main.go), the world it lives in (world.go, parameters from
 * os.Args), a solution, a grader that follows gorolab-grader(7)'s grading
 * standard, and the pack's fixtures tests/SLUG/{wrong,right}-*.go. A new
 * pack also gets pack.yaml and a README that says how to check, share and
 * install it. Nothing existing is ever overwritten. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lesson/lesson.h"

static const char new_usage[] =
    N_("usage: gorolab new PACK\n"
    "       gorolab new PACK/LESSON\n"
    "Start a lesson pack in the folder PACK (with a first example lesson), or add\n"
    "the lesson LESSON to it; gorolab check PACK accepts either at once.\n"
    "PACK's folder name and LESSON are ids: lowercase letters, digits and dashes.\n");

static const char tpl_yaml[] =
    "# A lesson made by `gorolab new`: a working example to turn into yours\n"
    "# (replace the story, the program, the grader and the fixes).\n"
    "# The format: man 5 gorolab-lesson; the grader: man 7 gorolab-grader.\n"
    "# gorolab check PACK grades the starter (it must fail), the solution and\n"
    "# tests/@SLUG@/right-*.go (they must pass) and tests/@SLUG@/wrong-*.go\n"
    "# (they must fail).\n"
    "id: @SLUG@\n"
    "title: \"@SLUG@: workers that never stop\"\n"
    "level: 1\n"
    "tags: [leak, channel, close]\n"
    "story: |\n"
    "  Three workers square the jobs they receive on `jobs`; main adds the\n"
    "  squares up. The sum is right, but when main returns the three workers\n"
    "  are still parked in `chan receive` on `jobs`: a goroutine leak.\n"
    "\n"
    "  You fix `main.go`. The jobs live in `world.go`; the grader also runs\n"
    "  other worlds (more jobs, fewer jobs than workers, slower work).\n"
    "goal: >-\n"
    "  For any jobs, the workers do them and main prints the sum; every worker\n"
    "  returns before main does, and no goroutine is left blocked.\n"
    "explanation: |\n"
    "  Only the sender knows that no more jobs are coming, so the sender\n"
    "  closes `jobs`; each worker's `range` then ends. main waits for the\n"
    "  workers (a `sync.WaitGroup`) before it returns.\n"
    "scenario:\n"
    "  files: [@SLUG@/main.go, @SLUG@/world.go]\n"
    "  edit: [@SLUG@/main.go]\n"
    "  solution: [@SLUG@/solution.go]\n"
    "watch:\n"
    "  channels: [jobs, results]\n"
    "  funcs: [worker]\n"
    "grader: @FILE@.lua\n"
    "hints:\n"
    "  - When main returns, what are the three workers waiting for?\n"
    "  - \"`range` over a channel ends only when the channel is closed. Who knows that the jobs are over?\"\n"
    "  - \"`defer close(jobs)` in the sending goroutine, and a `sync.WaitGroup` for the workers.\"\n"
    "i18n:\n"
    "  zh:\n"
    "    title: 平方：停不下来的 worker\n"
    "    story: |\n"
    "      三个 worker 对从 `jobs` 收到的任务求平方，main 把平方加起来。总和没错，\n"
    "      但 main 返回时三个 worker 仍停在 `jobs` 的 `chan receive` 上：goroutine 泄漏。\n"
    "\n"
    "      你修改 `main.go`。任务在 `world.go` 里；评分器还会运行其他世界（更多任务、\n"
    "      比 worker 少的任务、更慢的工作）。\n"
    "    goal: >-\n"
    "      对任意任务，worker 完成它们，main 打印总和；每个 worker 都在 main 之前返回，\n"
    "      没有 goroutine 阻塞。\n"
    "    explanation: |\n"
    "      只有发送方知道不会再有任务，所以由发送方关闭 `jobs`；每个 worker 的 `range`\n"
    "      随之结束。main 在返回前等待 worker（`sync.WaitGroup`）。\n"
    "    hints:\n"
    "      - main 返回时，三个 worker 在等什么？\n"
    "      - \"对 channel 的 `range` 只有在 channel 关闭后才结束。谁知道任务已经结束？\"\n"
    "      - \"在发送的 goroutine 中 `defer close(jobs)`，并用 `sync.WaitGroup` 等待 worker。\"\n";

static const char tpl_lua[] =
    "-- Grader of the @SLUG@ lesson, following the grading standard of\n"
    "-- gorolab-grader(7): several worlds (os.Args), the race detector on, many\n"
    "-- schedules with the timing adversary, the work checked from the events,\n"
    "-- every message in the learner's language. Never the source text.\n"
    "local say, check = lab.say, lab.check\n"
    "\n"
    "-- A world: the flags world.go reads, and the line the grader expects\n"
    "-- (computed here: the world never prints it).\n"
    "local function world(n, delay)\n"
    "  local sum = 0\n"
    "  for id = 1, n do sum = sum + id * id end\n"
    "  local args = { \"-n=\" .. n, \"-delay=\" .. delay }\n"
    "  return { args = args, n = n, desc = table.concat(args, \" \"),\n"
    "           want = string.format(\"%d jobs, sum of squares %d\", n, sum) }\n"
    "end\n"
    "\n"
    "local worlds = {\n"
    "  { world(5, \"10ms\"), \"the story's jobs\" },\n"
    "  { world(2, \"1ms\"), \"fewer jobs than workers\" },\n"
    "  { world(11, \"40ms\"), \"more jobs, slower work\" },\n"
    "}\n"
    "\n"
    "-- judge returns nil when run r is right in world w, else a check name and\n"
    "-- a message. strict (the plain runs) also asks that the workers overlapped.\n"
    "local function judge(r, w, strict)\n"
    "  local where = say{ en = \" (world: \" .. w.desc .. \")\", zh = \"（世界参数：\" .. w.desc .. \"）\" }\n"
    "  if r.status ~= \"exit\" then\n"
    "    return \"main returns\", say{\n"
    "      en = \"main should return normally\" .. where .. \", got \" .. r.status .. \": \" .. lab.explain(r),\n"
    "      zh = \"main 应当正常返回\" .. where .. \"，实际是 \" .. r.status .. \"：\" .. lab.explain(r) }\n"
    "  end\n"
    "  if #r.races > 0 then\n"
    "    return \"no data race\", say{ en = \"data race\" .. where .. \": \" .. lab.explain(r.races[1]),\n"
    "                                zh = \"数据竞争\" .. where .. \"：\" .. lab.explain(r.races[1]) }\n"
    "  end\n"
    "  if not r.stdout:find(w.want, 1, true) then\n"
    "    return \"the sum is right\", say{\n"
    "      en = \"expected `\" .. w.want .. \"`\" .. where .. \", got:\\n\" .. r.stdout,\n"
    "      zh = \"应当输出 `\" .. w.want .. \"`\" .. where .. \"，实际输出：\\n\" .. r.stdout }\n"
    "  end\n"
    "  if #r.leaked > 0 then\n"
    "    return \"no goroutine left blocked\", say{\n"
    "      en = lab.explain(r.leaked) .. where .. \"\\nWho knows that no more jobs are coming?\",\n"
    "      zh = lab.explain(r.leaked) .. where .. \"\\n谁知道不会再有任务了？\" }\n"
    "  end\n"
    "  local sends = lab.events(r, { kind = \"chan send\", chan = \"jobs\" })\n"
    "  local closes = lab.events(r, { kind = \"chan close\", chan = \"jobs\" })\n"
    "  if #sends ~= w.n then\n"
    "    return \"every job goes through `jobs`\", say{\n"
    "      en = string.format(\"each of the %d jobs should be sent on `jobs`, %d were%s.\", w.n, #sends, where),\n"
    "      zh = string.format(\"%d 个任务都应当通过 `jobs` 发送，实际发送了 %d 个%s。\", w.n, #sends, where) }\n"
    "  end\n"
    "  if #closes ~= 1 or closes[1].t < sends[#sends].t then\n"
    "    return \"`jobs` closed after the last send\", say{\n"
    "      en = \"`jobs` should be closed once, after its last send\" .. where .. \".\",\n"
    "      zh = \"`jobs` 应当在最后一次发送之后关闭一次\" .. where .. \"。\" }\n"
    "  end\n"
    "  local senders, nsenders = {}, 0   -- the goroutines that sent on `results`\n"
    "  for _, e in ipairs(lab.events(r, { kind = \"chan send\", chan = \"results\" })) do\n"
    "    if not senders[e.g] then senders[e.g], nsenders = true, nsenders + 1 end\n"
    "  end\n"
    "  if strict and w.n >= 3 and nsenders < 2 then\n"
    "    return \"the workers share the jobs\", say{\n"
    "      en = \"the jobs were done one at a time\" .. where .. \": keep the workers working at once.\",\n"
    "      zh = \"任务是一个一个完成的\" .. where .. \"：让多个 worker 同时工作。\" }\n"
    "  end\n"
    "  return nil\n"
    "end\n"
    "\n"
    "-- One plain run per world (seeded), the race detector on.\n"
    "for i, entry in ipairs(worlds) do\n"
    "  local w = entry[1]\n"
    "  local r = lab.run{ seed = i, args = w.args, race = true }\n"
    "  local name, msg = judge(r, w, true)\n"
    "  check(\"world \" .. i .. \" (\" .. entry[2] .. \")\" .. (name and (\": \" .. name) or \"\"), name == nil, msg)\n"
    "end\n"
    "\n"
    "-- Many schedules per world, random and PCT, with the timing adversary.\n"
    "for i, entry in ipairs(worlds) do\n"
    "  local w = entry[1]\n"
    "  for _, mode in ipairs{ \"random\", \"pct\" } do\n"
    "    local all = lab.explore{ runs = 30, mode = mode, seed = 10 * i, args = w.args, race = true,\n"
    "      check = function(r)\n"
    "        local name, msg = judge(r, w, false)\n"
    "        if name then return false, msg end\n"
    "        return true\n"
    "      end }\n"
    "    check(\"world \" .. i .. \" (\" .. entry[2] .. \"), explored (\" .. mode .. \")\", all.failed == 0, all.first_failure)\n"
    "  end\n"
    "end\n"
    "\n"
    "return pass(say{\n"
    "  en = \"The sender closes `jobs` after the last job; every worker returns and main waits for them, in every world and on every schedule.\",\n"
    "  zh = \"发送方在最后一个任务之后关闭 `jobs`；每个 worker 都返回，main 等它们全部结束，任何世界、任何调度下都成立。\" })\n";

static const char tpl_main[] =
    "// Three workers square the jobs; main adds the squares up.\n"
    "//\n"
    "// The jobs and the work are in world.go. The grader runs other worlds\n"
    "// too: more jobs, fewer jobs than workers, slower work.\n"
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "// workers is how many goroutines do the jobs.\n"
    "const workers = 3\n"
    "\n"
    "// worker squares every job it receives on jobs and sends the square on\n"
    "// results. It returns when jobs is closed and drained.\n"
    "func worker(jobs <-chan int, results chan<- int) {\n"
    "\tfor id := range jobs {\n"
    "\t\tresults <- Square(id)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tids := Jobs()\n"
    "\tjobs := make(chan int)\n"
    "\tresults := make(chan int)\n"
    "\tfor i := 0; i < workers; i++ {\n"
    "\t\tgo worker(jobs, results)\n"
    "\t}\n"
    "\tgo func() {\n"
    "\t\tfor _, id := range ids {\n"
    "\t\t\tjobs <- id\n"
    "\t\t}\n"
    "\t\t// the sender is done here... and says nothing\n"
    "\t}()\n"
    "\tsum := 0\n"
    "\tfor range ids {\n"
    "\t\tsum += <-results\n"
    "\t}\n"
    "\tfmt.Printf(\"%d jobs, sum of squares %d\\n\", len(ids), sum)\n"
    "}\n";

static const char tpl_world[] =
    "// The world of this lesson: the jobs and the work each one takes.\n"
    "// Do not edit this file; fix main.go. The grader runs other worlds by\n"
    "// giving the program flags (the defaults are the story's):\n"
    "//\n"
    "//\t-n=5          jobs 1..n\n"
    "//\t-delay=10ms   job id takes delay*(id%3+1)\n"
    "package main\n"
    "\n"
    "import (\n"
    "\t\"os\"\n"
    "\t\"strconv\"\n"
    "\t\"strings\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "type world struct {\n"
    "\tn     int\n"
    "\tdelay time.Duration\n"
    "}\n"
    "\n"
    "var w = openWorld(os.Args[1:])\n"
    "\n"
    "func openWorld(args []string) world {\n"
    "\tx := world{n: 5, delay: 10 * time.Millisecond}\n"
    "\tfor _, a := range args {\n"
    "\t\tkey, val, _ := strings.Cut(strings.TrimPrefix(a, \"-\"), \"=\")\n"
    "\t\tswitch key {\n"
    "\t\tcase \"n\":\n"
    "\t\t\tx.n, _ = strconv.Atoi(val)\n"
    "\t\tcase \"delay\":\n"
    "\t\t\tx.delay, _ = time.ParseDuration(val)\n"
    "\t\t}\n"
    "\t}\n"
    "\treturn x\n"
    "}\n"
    "\n"
    "// Jobs returns the jobs' ids, 1..n.\n"
    "func Jobs() []int {\n"
    "\tids := make([]int, w.n)\n"
    "\tfor i := range ids {\n"
    "\t\tids[i] = i + 1\n"
    "\t}\n"
    "\treturn ids\n"
    "}\n"
    "\n"
    "// Square does job id: it takes a while and returns id*id.\n"
    "func Square(id int) int {\n"
    "\ttime.Sleep(w.delay * time.Duration(id%3+1))\n"
    "\treturn id * id\n"
    "}\n";

static const char tpl_solution[] =
    "// Three workers square the jobs; main adds the squares up.\n"
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "// workers is how many goroutines do the jobs.\n"
    "const workers = 3\n"
    "\n"
    "// worker squares every job it receives on jobs and sends the square on\n"
    "// results. It returns when jobs is closed and drained.\n"
    "func worker(jobs <-chan int, results chan<- int) {\n"
    "\tfor id := range jobs {\n"
    "\t\tresults <- Square(id)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tids := Jobs()\n"
    "\tjobs := make(chan int)\n"
    "\tresults := make(chan int)\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor i := 0; i < workers; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tworker(jobs, results)\n"
    "\t\t}()\n"
    "\t}\n"
    "\tgo func() {\n"
    "\t\tdefer close(jobs) // the sender knows when there are no more jobs\n"
    "\t\tfor _, id := range ids {\n"
    "\t\t\tjobs <- id\n"
    "\t\t}\n"
    "\t}()\n"
    "\tgo func() {\n"
    "\t\twg.Wait()\n"
    "\t\tclose(results)\n"
    "\t}()\n"
    "\tsum := 0\n"
    "\tfor sq := range results {\n"
    "\t\tsum += sq\n"
    "\t}\n"
    "\tfmt.Printf(\"%d jobs, sum of squares %d\\n\", len(ids), sum)\n"
    "}\n";

static const char tpl_wrong[] =
    "// A wrong fix to copy: waiting a while is not synchronisation, and the\n"
    "// workers still wait on `jobs` forever.\n"
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "const workers = 3\n"
    "\n"
    "func worker(jobs <-chan int, results chan<- int) {\n"
    "\tfor id := range jobs {\n"
    "\t\tresults <- Square(id)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tids := Jobs()\n"
    "\tjobs := make(chan int)\n"
    "\tresults := make(chan int)\n"
    "\tfor i := 0; i < workers; i++ {\n"
    "\t\tgo worker(jobs, results)\n"
    "\t}\n"
    "\tgo func() {\n"
    "\t\tfor _, id := range ids {\n"
    "\t\t\tjobs <- id\n"
    "\t\t}\n"
    "\t}()\n"
    "\tsum := 0\n"
    "\tfor range ids {\n"
    "\t\tsum += <-results\n"
    "\t}\n"
    "\ttime.Sleep(time.Second) // \"give the workers time to finish\"\n"
    "\tfmt.Printf(\"%d jobs, sum of squares %d\\n\", len(ids), sum)\n"
    "}\n";

static const char tpl_right[] =
    "// A right fix to copy: the sender closes `jobs`; each worker says it is\n"
    "// done on a channel, and main counts them before it returns.\n"
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "const workers = 3\n"
    "\n"
    "func worker(jobs <-chan int, results chan<- int) {\n"
    "\tfor id := range jobs {\n"
    "\t\tresults <- Square(id)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tids := Jobs()\n"
    "\tjobs := make(chan int)\n"
    "\tresults := make(chan int, len(ids))\n"
    "\tdone := make(chan struct{})\n"
    "\tfor i := 0; i < workers; i++ {\n"
    "\t\tgo func() {\n"
    "\t\t\tworker(jobs, results)\n"
    "\t\t\tdone <- struct{}{}\n"
    "\t\t}()\n"
    "\t}\n"
    "\tgo func() {\n"
    "\t\tfor _, id := range ids {\n"
    "\t\t\tjobs <- id\n"
    "\t\t}\n"
    "\t\tclose(jobs)\n"
    "\t}()\n"
    "\tfor i := 0; i < workers; i++ {\n"
    "\t\t<-done\n"
    "\t}\n"
    "\tclose(results)\n"
    "\tsum := 0\n"
    "\tfor sq := range results {\n"
    "\t\tsum += sq\n"
    "\t}\n"
    "\tfmt.Printf(\"%d jobs, sum of squares %d\\n\", len(ids), sum)\n"
    "}\n";

static const char tpl_pack[] =
    "# The pack's description (man 5 gorolab-lesson): id, title, version,\n"
    "# the language of the lessons' text, and the lessons in order.\n"
    "id: @PACK@\n"
    "title: \"@PACK@: a gorolab lesson pack\"\n"
    "version: 0.1.0\n"
    "language: en\n"
    "lessons:\n";

static const char tpl_readme[] =
    "# @PACK@: a gorolab lesson pack\n"
    "\n"
    "Made with `gorolab new`. Each lesson is a small Go program with a\n"
    "concurrency bug, a story, hints and a Lua grader (man 5 gorolab-lesson,\n"
    "man 7 gorolab-grader).\n"
    "\n"
    "    pack.yaml                    id, title, version, language, the lessons in order\n"
    "    NN-SLUG.yaml                 a lesson: story, goal, hints, en and zh text\n"
    "    NN-SLUG.lua                  its grader (THE GRADING STANDARD in gorolab-grader(7))\n"
    "    scenarios/SLUG/main.go       the starter: the learner's file, with the bug\n"
    "    scenarios/SLUG/world.go      the world it lives in, not edited; the grader\n"
    "                                 passes it other parameters in os.Args\n"
    "    scenarios/SLUG/solution.go   a right fix\n"
    "    tests/SLUG/wrong-*.go        wrong fixes: each must FAIL the grader\n"
    "    tests/SLUG/right-*.go        right fixes: each must PASS it\n"
    "\n"
    "Write and check:\n"
    "\n"
    "    gorolab new @PACK@/NEXT-LESSON   add a lesson (an example to rewrite)\n"
    "    gorolab check @PACK@             every lesson: starter fails, solution and\n"
    "                                     right fixes pass, wrong fixes fail\n"
    "    gorolab check @PACK@ --verbose   what the grader said about each file\n"
    "    gorolab @PACK@                   try it in the lab\n"
    "\n"
    "Share and install:\n"
    "\n"
    "    tar czf @PACK@.tar.gz @PACK@\n"
    "    gorolab pack add @PACK@.tar.gz   (or the folder) checks it, installs it\n"
    "    gorolab pack list                installed packs and the learner's progress\n"
    "    gorolab @PACK@                   the lab on the installed pack\n"
    "    gorolab pack remove @PACK@\n";

/* valid_id: lowercase letters, digits and dashes, starting with a letter or digit. */
static bool valid_id(const char *s)
{
    if (!*s || *s == '-' || strlen(s) > 64) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-')) return false;
    return true;
}

/* expand replaces @PACK@, @SLUG@ and @FILE@ in t; new string. */
static char *expand(const char *t, const char *pack, const char *slug, const char *file)
{
    Buf b = BUF_INIT;
    while (*t) {
        const char *v = NULL;
        if (strncmp(t, "@PACK@", 6) == 0) v = pack;
        else if (strncmp(t, "@SLUG@", 6) == 0) v = slug;
        else if (strncmp(t, "@FILE@", 6) == 0) v = file;
        if (v) {
            buf_puts(&b, v);
            t += 6;
        } else {
            buf_add(&b, t++, 1);
        }
    }
    char *s = xstrdup(buf_str(&b));
    buf_fini(&b);
    return s;
}

static bool mkdirs(const char *path)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) { free(p); return false; }
        *s = '/';
    }
    bool ok = mkdir(p, 0777) == 0 || errno == EEXIST;
    free(p);
    return ok;
}

/* put writes a new file dir/name (its folders made); never overwrites. */
static bool put(const char *dir, const char *name, const char *text)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *slash = strrchr(path, '/');
    *slash = 0;
    if (!mkdirs(path)) {
        fprintf(stderr, "gorolab new: cannot make the folder %s: %s\n", path, strerror(errno));
        return false;
    }
    *slash = '/';
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);
    if (fd < 0) {
        fprintf(stderr, "gorolab new: cannot create %s: %s\n", path,
                errno == EEXIST ? "it exists already (gorolab new never overwrites)" : strerror(errno));
        return false;
    }
    size_t n = strlen(text);
    bool ok = write(fd, text, n) == (ssize_t)n;
    if (close(fd) != 0) ok = false;
    if (!ok) fprintf(stderr, "gorolab new: cannot write %s: %s\n", path, strerror(errno));
    else printf("  %s\n", path);
    return ok;
}

static bool exists(const char *dir, const char *name)
{
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return stat(path, &st) == 0;
}

/* add_to_list appends "  - NAME" to pack.yaml's lessons list (a block list
 * that ends the file, as gorolab new writes it, or a flow list [..]). */
static bool add_to_list(const char *packdir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/pack.yaml", packdir);
    size_t len = 0;
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    if (f) {
        Buf b = BUF_INIT;
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
        fclose(f);
        text = xstrdup(buf_str(&b));
        len = b.len;
        buf_fini(&b);
    }
    if (!text) return false;
    Buf out = BUF_INIT;
    bool done = false;
    const char *lessons = strstr(text, "\nlessons:");
    lessons = lessons ? lessons + 1 : strncmp(text, "lessons:", 8) == 0 ? text : NULL;
    if (lessons) {
        const char *eol = strchr(lessons, '\n');
        const char *open = memchr(lessons, '[', eol ? (size_t)(eol - lessons) : strlen(lessons));
        const char *close = open ? memchr(open, ']', eol ? (size_t)(eol - open) : strlen(open)) : NULL;
        if (open && close) {   /* lessons: [a.yaml, b.yaml] */
            const char *p = close;
            while (p > open && (p[-1] == ' ')) p--;
            buf_add(&out, text, (size_t)(p - text));
            buf_printf(&out, "%s%s", p > open + 1 ? ", " : "", name);
            buf_puts(&out, close);
            done = true;
        } else if (!open) {   /* a block list: after its last item */
            const char *p = eol ? eol + 1 : text + len;
            const char *end = p;
            while (*p) {
                const char *e = strchr(p, '\n');
                size_t ll = e ? (size_t)(e - p) : strlen(p);
                size_t k = 0;
                while (k < ll && p[k] == ' ') k++;
                if (k == ll || p[k] == '#') { p += ll + (e ? 1 : 0); continue; }
                if (p[k] != '-') break;
                p += ll + (e ? 1 : 0);
                end = p;
            }
            buf_add(&out, text, (size_t)(end - text));
            if (end > text && end[-1] != '\n') buf_puts(&out, "\n");
            buf_printf(&out, "  - %s\n", name);
            buf_puts(&out, end);
            done = true;
        }
    }
    char *cause = NULL;
    if (done && !ws_write_atomic(path, out.data, out.len, &cause)) {
        fprintf(stderr, "gorolab new: %s\n", cause);
        free(cause);
        done = false;
    }
    buf_fini(&out);
    free(text);
    return done;
}

/* new_lesson writes lesson number nn, slug, into the pack folder dir. */
static bool new_lesson(const char *dir, const char *pack, const char *slug, int nn)
{
    char file[128], name[160];
    snprintf(file, sizeof file, "%02d-%s", nn, slug);
    static const struct { const char *fmt; const char *tpl; } files[] = {
        {"%s.yaml", tpl_yaml}, {"%s.lua", tpl_lua},
        {"scenarios/%s/main.go", tpl_main}, {"scenarios/%s/world.go", tpl_world},
        {"scenarios/%s/solution.go", tpl_solution},
        {"tests/%s/wrong-sleep.go", tpl_wrong}, {"tests/%s/right-done-channel.go", tpl_right},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(name, sizeof name, files[i].fmt, i < 2 ? file : slug);
        if (exists(dir, name)) {
            fprintf(stderr, "gorolab new: %s/%s exists already (gorolab new never overwrites)\n", dir, name);
            return false;
        }
    }
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(name, sizeof name, files[i].fmt, i < 2 ? file : slug);
        char *text = expand(files[i].tpl, pack, slug, file);
        bool ok = put(dir, name, text);
        free(text);
        if (!ok) return false;
    }
    return true;
}

int cli_new(int argc, char **argv)
{
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(argc, argv, "", NULL, new_usage)) != -1)
        return cli_opt_end(c);
    if (optind + 1 != argc)
        return cli_usage("new", new_usage, optind == argc ? "which pack?" : "one pack or lesson at a time");
    char *arg = xstrdup(argv[optind]);
    size_t n = strlen(arg);
    while (n > 1 && arg[n - 1] == '/') arg[--n] = 0;
    int status = EXIT_USAGE;
    char *dir = NULL, *slug = NULL;
    struct stat st;
    /* PACK/LESSON when PACK is a pack folder, or when the parent is new and LESSON an id */
    char *slash = strrchr(arg, '/');
    char packyaml[4096];
    snprintf(packyaml, sizeof packyaml, "%s/pack.yaml", arg);
    bool arg_is_pack = stat(packyaml, &st) == 0;
    if (slash && !arg_is_pack) {
        *slash = 0;
        snprintf(packyaml, sizeof packyaml, "%s/pack.yaml", arg);
        if (stat(packyaml, &st) == 0 || stat(arg, &st) != 0) {
            dir = xstrdup(arg);
            slug = xstrdup(slash + 1);
        }
        *slash = '/';
    }
    if (!dir) {
        if (arg_is_pack) {
            fprintf(stderr, "gorolab new: %s is a pack already; add a lesson with gorolab new %s/LESSON\n", arg, arg);
            goto out;
        }
        dir = xstrdup(arg);
    }
    const char *base = strrchr(dir, '/');
    base = base ? base + 1 : dir;
    if (!valid_id(base)) {
        fprintf(stderr, "gorolab new: \"%s\" cannot be a pack id: use lowercase letters, digits and dashes "
                        "(the folder's name is the pack's id)\n", base);
        goto out;
    }
    if (slug && !valid_id(slug)) {
        fprintf(stderr, "gorolab new: \"%s\" cannot be a lesson id: use lowercase letters, digits and dashes\n", slug);
        goto out;
    }
    snprintf(packyaml, sizeof packyaml, "%s/pack.yaml", dir);
    status = 1;
    if (stat(packyaml, &st) == 0) {   /* a lesson in an existing pack */
        DiagList d;
        diag_init(&d, NULL);
        Pack *p = pack_load(dir, &d);
        if (!p) {
            fprintf(stderr, "gorolab new: cannot load the pack %s:\n", dir);
            diag_print(&d, stderr);
            diag_fini(&d);
            goto out;
        }
        diag_fini(&d);
        if (pack_find(p, slug)) {
            fprintf(stderr, "gorolab new: the pack %s has a lesson \"%s\" already\n", dir, slug);
            pack_free(p);
            goto out;
        }
        int nn = p->nlessons + 1;
        char *pid = xstrdup(p->id);
        pack_free(p);
        char file[160];
        snprintf(file, sizeof file, "%02d-%s.yaml", nn, slug);
        printf("gorolab new: lesson %d, %s, in %s:\n", nn, slug, dir);
        bool ok = new_lesson(dir, pid, slug, nn);
        free(pid);
        if (!ok) goto out;
        if (!add_to_list(dir, file)) {
            fprintf(stderr, "gorolab new: add %s to the lessons of %s yourself\n", file, packyaml);
            goto out;
        }
        printf("  %s (lessons: %s)\n", packyaml, file);
    } else {   /* a new pack, with the lesson given or an example one */
        if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "gorolab new: %s exists and is not a folder\n", dir);
            goto out;
        }
        if (!slug) slug = xstrdup("squares");
        printf("gorolab new: pack %s, lesson 1, %s:\n", base, slug);
        char *pack = expand(tpl_pack, base, slug, "");
        Buf b = BUF_INIT;
        buf_printf(&b, "%s  - 01-%s.yaml\n", pack, slug);
        free(pack);
        char *readme = expand(tpl_readme, base, slug, "");
        bool ok = mkdirs(dir) && put(dir, "pack.yaml", buf_str(&b)) && put(dir, "README.md", readme) &&
                  new_lesson(dir, base, slug, 1);
        free(readme);
        buf_fini(&b);
        if (!ok) goto out;
    }
    printf("next: gorolab check %s   (then rewrite the story, the program, the grader and the fixes)\n", dir);
    status = 0;
out:
    free(dir);
    free(slug);
    free(arg);
    return status;
}
