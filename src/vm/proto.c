/* vm/proto.c: opcode names and the lifetime of a compiled Program. */
#include "vm/proto.h"

#include "base/arena.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "vm/object.h"

const char *const op_names[OP_COUNT] = {
#define OP(name, doc) #name,
#include "vm/opcodes.def"
#undef OP
};

Value program_string(Program *p, const char *s, int64_t len)
{
    if (len == 0) return val_zero();
    ObjString *o = xcalloc(1, sizeof(ObjString) + (size_t)len + 1);
    o->hdr.kind = OBJ_STRING;
    o->hdr.permanent = 1;
    o->hdr.size = (uint32_t)(sizeof(ObjString) + (size_t)len + 1);
    o->len = len;
    memcpy(o->data, s, (size_t)len);
    o->hdr.next = (Obj *)p->perm_strings;
    p->perm_strings = o;
    return val_ref(&o->hdr);
}

void program_free(Program *p)
{
    if (!p) return;
    for (int32_t i = 0; i < p->nprotos; i++) {
        Proto *f = p->protos[i];
        if (!f) continue;
        free(f->code);
        free(f->lines);
        free(f->live);
        free(f->jcost);
        free(f->up);
        free(f->name_pcs);
        free(f->names_at);
        free(f);
    }
    free(p->protos);
    free(p->consts);
    free(p->types);
    free(p->names);   /* the strings are interned elsewhere */
    for (int32_t i = 0; i < p->nfiles; i++) free(p->files[i]);
    free(p->files);
    if (p->arena) {
        arena_fini(p->arena);
        free(p->arena);
    }
    Obj *o = (Obj *)p->perm_strings;
    while (o) {
        Obj *next = o->next;
        free(o);
        o = next;
    }
    free(p);
}

const char *proto_name_at(const Proto *f, int32_t pc)
{
    for (int32_t i = 0; i < f->nnames_at; i++)
        if (f->name_pcs[i] == pc) return f->names_at[i];
    return NULL;
}

int32_t instr_jump_target(Instr in, int32_t pc)
{
    switch ((OpCode)in.op) {
    case OP_JMP: case OP_JT: case OP_JF: return pc + 1 + I_SBX(in);
    case OP_IJLT: case OP_IJLE: case OP_IJEQ: case OP_IJNE: case OP_IJLTK: case OP_IJLEK: case OP_IJGTK:
    case OP_IJGEK: case OP_IJEQK: case OP_IJNEK: case OP_IJLTC: case OP_IJLEC: case OP_IJGTC: case OP_IJGEC:
    case OP_IJEQC: case OP_IJNEC: case OP_FORLT: case OP_FORLTK: case OP_FORLTC: case OP_MNEXT: case OP_RECVRANGE:
        return pc + 1 + I_SC(in);
    default: return -1;
    }
}

int32_t *proto_jump_costs(Instr *code, int32_t n, const int8_t *extra)
{
    /* sum[i]: the steps of the instructions before i */
    int64_t *sum = xmalloc(sizeof *sum * (size_t)(n + 1));
    sum[0] = 0;
    for (int32_t i = 0; i < n; i++) sum[i + 1] = sum[i] + 1 + (extra ? extra[i] : 0);
    int32_t *jc = xcalloc((size_t)(n > 0 ? n : 1), sizeof *jc);
    for (int32_t i = 0; i < n; i++) {
        int32_t t = instr_jump_target(code[i], i);
        code[i].jc = 0;
        if (t >= 0 && t <= i) {
            jc[i] = (int32_t)(sum[i + 1] - sum[t]);
            if (jc[i] <= UINT8_MAX) code[i].jc = (uint8_t)jc[i];
        }
    }
    free(sum);
    return jc;
}
