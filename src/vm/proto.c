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
