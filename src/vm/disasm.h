/* vm/disasm.h: a readable listing of compiled functions (debugging, tests). */
#ifndef GOROLAB_VM_DISASM_H
#define GOROLAB_VM_DISASM_H

#include "base/buf.h"
#include "vm/proto.h"

/* disasm_proto appends f's listing: a header line, then per instruction
 * "  pc  line  OP  operands  ; comment". */
void disasm_proto(Buf *b, const Program *p, const Proto *f);

#endif
