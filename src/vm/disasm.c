/* vm/disasm.c: instruction listings: which operands an opcode uses follows
 * opcodes.def (Bx, sBx, sC forms below; A B C otherwise). */
#include "vm/disasm.h"

#include <inttypes.h>

#include "vm/object.h"

void disasm_proto(Buf *b, const Program *p, const Proto *f)
{
    buf_printf(b, "%s: params=%d results=%d regs=%d up=%d%s\n", f->name ? f->name : "?",
               f->nparams, f->nresults, f->nregs, f->nup, f->native ? " native" : "");
    for (int32_t i = 0; i < f->ncode; i++) {
        Instr in = f->code[i];
        int line = f->lines ? f->lines[i] : 0;
        const char *name = in.op < OP_COUNT ? op_names[in.op] : "???";
        buf_printf(b, "%5d %4d  %-10s ", i, line, name);
        switch (in.op) {
        case OP_LOADK: {
            buf_printf(b, "%d K%u", in.a, I_BX(in));
            if (p && I_BX(in) < (uint32_t)p->nconsts) {
                Value k = p->consts[I_BX(in)];
                if (VAL_IS_REF(k) && k.o && k.o->kind == OBJ_STRING) buf_printf(b, "  ; \"%.40s\"", str_data(k));
                else buf_printf(b, "  ; %" PRId64, k.i);
            }
            break;
        }
        case OP_LOADI: buf_printf(b, "%d %d", in.a, I_SBX(in)); break;
        case OP_LOADF: case OP_CLOSURE: case OP_CALL: case OP_MLOCK: case OP_MUNLOCK:
            buf_printf(b, "%d P%u", in.a, I_BX(in));
            if (p && I_BX(in) < (uint32_t)p->nprotos && p->protos[I_BX(in)]->name)
                buf_printf(b, "  ; %s", p->protos[I_BX(in)]->name);
            break;
        case OP_MLOCKU: case OP_MUNLOCKU:
            buf_printf(b, "%d U%d P%u", in.a, in.b, in.c);
            if (p && in.c < (uint32_t)p->nprotos && p->protos[in.c]->name) buf_printf(b, "  ; %s", p->protos[in.c]->name);
            break;
        case OP_CALLI:
            buf_printf(b, "%d N%u", in.a, I_BX(in));
            if (p && I_BX(in) < (uint32_t)p->nnames) buf_printf(b, "  ; %s", p->names[I_BX(in)]);
            break;
        case OP_GETG: case OP_SETG: buf_printf(b, "%d G%u", in.a, I_BX(in)); break;
        case OP_NEWAGG: case OP_NEWPTR: buf_printf(b, "%d T%u", in.a, I_BX(in)); break;
        case OP_EXTRA: buf_printf(b, "%u", I_BX(in)); break;
        case OP_JMP: case OP_JT: case OP_JF:
            buf_printf(b, "%d %d  ; to %d", in.a, I_SBX(in), i + 1 + I_SBX(in));
            break;
        case OP_IJLT: case OP_IJLE: case OP_IJEQ: case OP_IJNE: case OP_MNEXT: case OP_FORLT: case OP_RECVRANGE:
            buf_printf(b, "%d %d %d  ; to %d", in.a, in.b, I_SC(in), i + 1 + I_SC(in));
            break;
        case OP_IJLTK: case OP_IJLEK: case OP_IJGTK: case OP_IJGEK: case OP_IJEQK: case OP_IJNEK: case OP_FORLTK:
            buf_printf(b, "%d #%d %d  ; to %d", in.a, (int16_t)in.b, I_SC(in), i + 1 + I_SC(in));
            break;
        case OP_IJLTC: case OP_IJLEC: case OP_IJGTC: case OP_IJGEC: case OP_IJEQC: case OP_IJNEC: case OP_FORLTC:
            buf_printf(b, "%d K%u %d  ; to %d", in.a, in.b, I_SC(in), i + 1 + I_SC(in));
            if (p && in.b < (uint32_t)p->nconsts) buf_printf(b, " (%" PRId64 ")", p->consts[in.b].i);
            break;
        case OP_ADDI: case OP_MULI: case OP_MODI: case OP_UMODI: case OP_ANDI: case OP_ORI: case OP_XORI: case OP_INCUPL: buf_printf(b, "%d %d %d", in.a, in.b, I_SC(in)); break;
        default: buf_printf(b, "%d %d %d", in.a, in.b, in.c); break;
        }
        buf_putc(b, '\n');
    }
}
