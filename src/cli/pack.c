/* cli/pack.c: `gorolab pack` (stub). */
#include <stddef.h>
#include "cli/cli.h"
int cli_pack(int argc, char **argv) { (void)argc; (void)argv; return 1; }
char *cli_pack_path(const char *key) { (void)key; return NULL; }
