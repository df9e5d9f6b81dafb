/* lib/lib_os.c: the natives of package os (src/lib/go/os.go): Exit, the
 * program's arguments, and writing to the standard output and error.
 *
 * Everything a program prints goes through vm_write (the run's output
 * capture). os.Exit ends the run at once: deferred calls do not run. */
#include <stdbool.h>
#include <stdint.h>

#include "base/buf.h"
#include "lang/types.h"
#include "lib/stdlib.h"
#include "vm/object.h"
#include "vm/vm.h"

/* os.Exit(code int) */
static NatStatus nat_exit(VM *vm, Value *args, Value *rets)
{
    vm->exit_code = (int)args[0].i;
    return NAT_EXIT;
}

/* os.runtimeArgs() []string: opt.argv, or a stand-in program path. */
static NatStatus nat_runtime_args(VM *vm, Value *args, Value *rets)
{
    int argc = vm->opt.argc > 0 && vm->opt.argv ? vm->opt.argc : 1;
    ObjCells *cells = obj_cells(vm, ty_string, argc);
    cells->hdr.flags |= OBJF_BACKING;
    vm_push_tmp(vm, val_ref((Obj *)cells));
    for (int i = 0; i < argc; i++) {
        const char *a = vm->opt.argc > 0 && vm->opt.argv ? vm->opt.argv[i] : "main";
        Value s = vm_cstring(vm, a ? a : "");
        cells->v[i] = s;
    }
    rets[0] = obj_slice(vm, cells, 0, argc, argc);
    vm_pop_tmp(vm, 1);
    return NAT_OK;
}

/* file_fd reads the fd field of the *File receiver; -1 for nil. */
static int file_fd(Value recv)
{
    if (!recv.o) return -1;
    ObjCells *f = recv.aux == POINTER_WHOLE ? (ObjCells *)recv.o
                                            : (ObjCells *)((ObjCells *)recv.o)->v[recv.aux].o;
    return f ? (int)f->v[0].i : -1;
}

static void write_fd(VM *vm, int fd, const char *s, size_t n)
{
    if (fd == 1 || fd == 2) vm_write(vm, fd, s, n);
}

/* os.File.Write(b []byte) (n int, err error) */
static NatStatus nat_file_write(VM *vm, Value *args, Value *rets)
{
    int fd = file_fd(args[0]);
    ObjSlice *sl = (ObjSlice *)args[1].o;
    Buf b = BUF_INIT;
    if (sl) {
        int64_t n = slice_len(args[1]);
        buf_reserve(&b, (size_t)n);
        for (int64_t i = 0; i < n; i++) buf_putc(&b, (char)(uint8_t)cells_get(sl->arr, sl->off + i).u);
    }
    write_fd(vm, fd, buf_str(&b), b.len);
    rets[0] = val_int((int64_t)b.len);
    rets[1] = val_zero();
    buf_fini(&b);
    return NAT_OK;
}

/* os.File.WriteString(s string) (n int, err error) */
static NatStatus nat_file_write_string(VM *vm, Value *args, Value *rets)
{
    int fd = file_fd(args[0]);
    Value s = args[1];
    write_fd(vm, fd, str_data(s), (size_t)str_len(s));
    rets[0] = val_int(str_len(s));
    rets[1] = val_zero();
    return NAT_OK;
}

const NativeDef lib_os_natives[] = {
    {"os.Exit", nat_exit},
    {"os.runtimeArgs", nat_runtime_args},
    {"os.File.Write", nat_file_write},
    {"os.File.WriteString", nat_file_write_string},
    {NULL, NULL},
};
