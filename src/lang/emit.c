/* lang/emit.c: instruction emission, jump patching, register allocation,
 * the constant pool and protos. Registers form a stack per function
 * (locals at the bottom, temporaries above), as in Lua's lcode.c. */
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/compiler.h"
#include "vm/object.h"

enum { MAX_REGS = 65000 };   /* a register number must fit 16 bits */

void set_line(FuncState *fs, SrcPos pos)
{
    if (pos.line) fs->line = pos.line;
}

int emit(FuncState *fs, OpCode op, int a, int b, int c)
{
    if (fs->ncode >= fs->capcode) {
        fs->capcode = fs->capcode ? fs->capcode * 2 : 64;
        fs->code = xrealloc(fs->code, sizeof *fs->code * (size_t)fs->capcode);
        fs->lines = xrealloc(fs->lines, sizeof *fs->lines * (size_t)fs->capcode);
        fs->live = xrealloc(fs->live, sizeof *fs->live * (size_t)fs->capcode);
        fs->folded = xrealloc(fs->folded, sizeof *fs->folded * (size_t)fs->capcode);
    }
    fs->folded[fs->ncode] = 0;
    /* registers in use: the most allocated since the previous instruction, so
     * that one reading a temporary freed just before it still counts it */
    int lv = fs->freereg > fs->live_hw ? fs->freereg : fs->live_hw;
    fs->live[fs->ncode] = (uint16_t)(lv > 0 ? lv : 0);
    fs->live_hw = fs->freereg;
    fs->code[fs->ncode] = (Instr){.op = (uint8_t)op, .a = (uint16_t)a, .b = (uint16_t)b, .c = (uint16_t)c};
    fs->lines[fs->ncode] = (int32_t)fs->line;
    return fs->ncode++;
}

int emit_bx(FuncState *fs, OpCode op, int a, uint32_t bx)
{
    return emit(fs, op, a, (int)(bx & 0xFFFF), (int)(bx >> 16));
}

int here(FuncState *fs)
{
    fs->last_target = fs->ncode;
    return fs->ncode;
}

/* writes_a: the opcode's only effect on registers is writing R[A], after
 * reading its operands (so its A may be renamed). */
static bool writes_a(OpCode op)
{
    switch (op) {
    case OP_MOVE: case OP_LOADK: case OP_LOADI: case OP_LOADZ: case OP_LOADF: case OP_GETG: case OP_GETUP: case OP_GETUPL: case OP_GETUPW:
    case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_UDIV: case OP_MOD: case OP_UMOD: case OP_AND:
    case OP_OR: case OP_XOR: case OP_ANDNOT: case OP_SHL: case OP_SHR: case OP_USHR: case OP_ADDI: case OP_MULI: case OP_MODI: case OP_UMODI: case OP_ANDI: case OP_ORI: case OP_XORI: case OP_NEG:
    case OP_BNOT: case OP_NOT: case OP_EXT: case OP_FADD: case OP_FSUB: case OP_FMUL: case OP_FDIV: case OP_FNEG:
    case OP_F32: case OP_I2F: case OP_U2F: case OP_F2I: case OP_F2U: case OP_EQ: case OP_NE: case OP_LT:
    case OP_LE: case OP_ULT: case OP_ULE: case OP_FEQ: case OP_FNE: case OP_FLT: case OP_FLE: case OP_SEQ:
    case OP_SNE: case OP_SLT: case OP_SLE: case OP_PEQ: case OP_PNE: case OP_CONCAT: case OP_SINDEX:
    case OP_SSLICE: case OP_STRRUNE: case OP_STRBYTES: case OP_STRRUNES: case OP_BYTESSTR: case OP_RUNESSTR:
    case OP_NEWAGG: case OP_NEWPTR: case OP_GETF: case OP_FADDR: case OP_ADDRW: case OP_LOAD: case OP_AINDEX:
    case OP_AINDEXB: case OP_AINDEXW: case OP_AINDEXR: case OP_IINDEXB: case OP_IINDEXW: case OP_IINDEXR:
    case OP_AADDR: case OP_MAKESLICE: case OP_LEN: case OP_CAP: case OP_IINDEX: case OP_IADDR: case OP_SLICE:
    case OP_SLICE3: case OP_SLICEA: case OP_COPY: case OP_MAKEMAP: case OP_MGET: case OP_IFACE: case OP_ISTYPE:
    case OP_RECOVER: case OP_MAKECHAN: case OP_RECV:
        return true;
    default:
        return false;
    }
}

/* elem_op: the index load or store op (OP_IINDEX, OP_ISET, OP_AINDEX or
 * OP_ASET) for elements of type et, by how they are stored. */
OpCode elem_op(OpCode op, const Type *et)
{
    static const OpCode ops[4][4] = {
        {OP_IINDEX, OP_IINDEXB, OP_IINDEXW, OP_IINDEXR},
        {OP_ISET, OP_ISETB, OP_ISETW, OP_ISETR},
        {OP_AINDEX, OP_AINDEXB, OP_AINDEXW, OP_AINDEXR},
        {OP_ASET, OP_ASETB, OP_ASETW, OP_ASETR},
    };
    RawKind k = raw_kind_of(et);
    int rep = k == RAW_NONE ? 0 : k == RAW_U8 ? 1 : k == RAW_64 ? 2 : 3;
    int row = op == OP_IINDEX ? 0 : op == OP_ISET ? 1 : op == OP_AINDEX ? 2 : 3;
    /* a slice of zero-size elements has one shared cell (OBJF_ZEROSIZE): the
     * generic access finds it, so the Value fast path need not look */
    if (row < 2 && rep == 0 && type_agg(et) && type_go_size(et) == 0) rep = 3;
    return ops[row][rep];
}

OpCode get_op_of(OpCode setop)
{
    switch (setop) {
    case OP_ISET: return OP_IINDEX;
    case OP_ISETB: return OP_IINDEXB;
    case OP_ISETW: return OP_IINDEXW;
    case OP_ISETR: return OP_IINDEXR;
    case OP_ASET: return OP_AINDEX;
    case OP_ASETB: return OP_AINDEXB;
    case OP_ASETW: return OP_AINDEXW;
    default: return OP_AINDEXR;
    }
}

/* retarget_last: when the last instruction computed temporary tmp and no jump
 * lands after it, make it write dst instead (saving a MOVE), as Lua's
 * code generator does with its "lasttarget". */
bool retarget_last(FuncState *fs, int tmp, int dst)
{
    if (fs->ncode == 0 || fs->last_target >= fs->ncode) return false;
    Instr *i = &fs->code[fs->ncode - 1];
    if (!writes_a((OpCode)i->op) || i->a != tmp) return false;
    i->a = (uint16_t)dst;
    return true;
}

/* fuse_incupl: the store of src into captured variable up completes
 * `GETUPL t up; ADDI src t k` (x++, x += k on a captured int): the three
 * become INCUPL, one instruction that keeps their steps (folded). False when
 * the code before is not that, or a jump lands inside it. */
bool fuse_incupl(FuncState *fs, int up, int src)
{
    int n = fs->ncode;
    if (n < 2 || fs->last_target > n - 2) return false;
    Instr *get = &fs->code[n - 2], *add = &fs->code[n - 1];
    /* the GETUPL's register, when not src, must be a free temporary: INCUPL does not write it */
    if (get->op != OP_GETUPL || get->b != up || add->op != OP_ADDI || add->a != src || add->b != get->a ||
        (get->a != src && get->a < fs->freereg))
        return false;
    int steps = fs->folded[n - 2] + fs->folded[n - 1] + 3;   /* the ADDI and the SETUPL (with its own fold) */
    if (steps > INT8_MAX) return false;
    *get = (Instr){.op = OP_INCUPL, .a = (uint16_t)src, .b = (uint16_t)up, .c = add->c};
    fs->folded[n - 2] = (int8_t)steps;
    fs->ncode = n - 1;
    return true;
}

void fold_last(FuncState *fs, int n)
{
    if (fs->ncode > 0 && fs->folded[fs->ncode - 1] + n <= INT8_MAX) fs->folded[fs->ncode - 1] += (int8_t)n;
}


int emit_jump(FuncState *fs, OpCode op, int a) { return emit_bx(fs, op, a, 0); }

void patch_to(FuncState *fs, int jump, int target)
{
    Instr *i = &fs->code[jump];
    int32_t off = target - (jump + 1);
    if (i->op == OP_IJLT || i->op == OP_IJLE || i->op == OP_IJEQ || i->op == OP_IJNE || i->op == OP_IJLTK ||
        i->op == OP_IJLEK || i->op == OP_IJGTK || i->op == OP_IJGEK || i->op == OP_IJEQK || i->op == OP_IJNEK ||
        (i->op >= OP_IJLTC && i->op <= OP_FORLTC) || i->op == OP_MNEXT || i->op == OP_RECVRANGE) {
        if (off < INT16_MIN || off > INT16_MAX) {
            /* compile_func compiles the function again without these */
            fs->c->far_jump = true;
            errorf(fs->c, (SrcPos){(uint32_t)fs->lines[jump], 1, fs->proto->pos.file},
                   "function too large for gorolab (a jump over more than 32767 instructions)");
            fs->c->muted = true;
        }
        i->c = (uint16_t)(int16_t)off;
        return;
    }
    i->b = (uint16_t)((uint32_t)off & 0xFFFF);
    i->c = (uint16_t)((uint32_t)off >> 16);
}

void patch_here(FuncState *fs, int jump)
{
    fs->last_target = fs->ncode;
    patch_to(fs, jump, fs->ncode);
}

int reg_alloc(FuncState *fs, int n)
{
    int r = fs->freereg;
    fs->freereg += n;
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    if (fs->freereg > fs->live_hw) fs->live_hw = fs->freereg;
    if (fs->freereg > MAX_REGS) {
        errorf(fs->c, (SrcPos){fs->line, 1, fs->proto->pos.file},
               "function too large for gorolab (its values need more than %d registers)",
               (int)MAX_REGS);
        fs->c->muted = true;   /* the rest of the function would only add noise */
        fs->freereg = 0;
    }
    return r;
}

void reg_free_to(FuncState *fs, int r)
{
    if (r < fs->freereg) fs->freereg = r;
}

static int add_const(Compiler *c, Value v)
{
    Program *p = c->prog;
    XPUSH(p->consts, p->nconsts, p->capconsts, v);
    return p->nconsts - 1;
}

int const_int(Compiler *c, int64_t v) { return add_const(c, val_int(v)); }

int const_float(Compiler *c, double f) { return add_const(c, val_float(f)); }

/* String constants are permanent objects outside any VM heap, linked on the
 * program so program_free can release them. */
int const_string(Compiler *c, const char *s, size_t n)
{
    Program *p = c->prog;
    for (int i = p->nconsts - 1, seen = 0; i >= 0 && seen < 64; i--) {
        Value v = p->consts[i];
        if (!VAL_IS_REF(v) || !v.o || v.o->kind != OBJ_STRING) continue;
        seen++;
        ObjString *o = (ObjString *)v.o;
        if ((size_t)o->len == n && memcmp(o->data, s, n) == 0) return i;
    }
    if (n == 0) return add_const(c, val_zero());
    ObjString *o = xmalloc(sizeof *o + n + 1);
    memset(&o->hdr, 0, sizeof o->hdr);
    o->hdr.kind = OBJ_STRING;
    o->hdr.permanent = 1;
    o->hdr.next = (Obj *)p->perm_strings;
    p->perm_strings = o;
    o->len = (int64_t)n;
    o->hash = 0;
    memcpy(o->data, s, n);
    o->data[n] = '\0';
    return add_const(c, val_ref(&o->hdr));
}

void load_int(FuncState *fs, int reg, int64_t v)
{
    if (v >= INT32_MIN && v <= INT32_MAX) emit_bx(fs, OP_LOADI, reg, (uint32_t)(int32_t)v);
    else emit_bx(fs, OP_LOADK, reg, (uint32_t)const_int(fs->c, v));
}

int proto_add(Compiler *c, Proto *p)
{
    Program *pg = c->prog;
    XPUSH(pg->protos, pg->nprotos, pg->capprotos, p);
    return pg->nprotos - 1;
}

Proto *proto_new(Compiler *c, const char *name, SrcPos pos)
{
    Proto *p = xcalloc(1, sizeof *p);
    p->name = name;
    p->pos = pos;
    return p;
}

void fs_begin(FuncState *fs, Compiler *c, FuncState *parent, Proto *p)
{
    memset(fs, 0, sizeof *fs);
    fs->c = c;
    fs->parent = parent;
    fs->proto = p;
    fs->line = p->pos.line;
}

void note_chan_name(FuncState *fs, int reg, const char *name)
{
    note_chan_name_at(fs, reg, name, fs->ncode - 1);
}

void note_chan_name_at(FuncState *fs, int reg, const char *name, int pc)
{
    if (!name || pc < 0 || pc >= fs->ncode) return;
    Instr *i = &fs->code[pc];
    if (i->op != OP_MAKECHAN || i->a != reg) return;
    if (fs->nnames_at >= fs->capnames_at) {
        fs->capnames_at = fs->capnames_at ? fs->capnames_at * 2 : 4;
        fs->name_pcs = xrealloc(fs->name_pcs, sizeof *fs->name_pcs * (size_t)fs->capnames_at);
        fs->names_at = xrealloc(fs->names_at, sizeof *fs->names_at * (size_t)fs->capnames_at);
    }
    fs->name_pcs[fs->nnames_at] = pc;
    fs->names_at[fs->nnames_at++] = name;
}

/* fs_end moves the code into the proto. */
void fs_end(FuncState *fs)
{
    Proto *p = fs->proto;
    free(p->code);
    free(p->lines);
    free(p->live);
    free(p->up);
    p->code = fs->code;
    p->lines = fs->lines;
    p->live = fs->live;
    free(p->jcost);
    p->jcost = proto_jump_costs(fs->code, fs->ncode, fs->folded);
    free(fs->folded);
    fs->folded = NULL;
    p->ncode = fs->ncode;
    p->nregs = (uint16_t)(fs->maxreg + 1);
    p->nup = (uint16_t)fs->nup;
    p->up = fs->ups;
    free(p->name_pcs);
    free(p->names_at);
    p->name_pcs = fs->name_pcs;
    p->names_at = fs->names_at;
    p->nnames_at = fs->nnames_at;
    fs->name_pcs = NULL;
    fs->names_at = NULL;
    free(fs->upsyms);
    fs->code = NULL;
    fs->lines = NULL;
    fs->live = NULL;
    fs->ups = NULL;
    fs->upsyms = NULL;
}
