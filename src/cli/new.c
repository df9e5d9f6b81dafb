/* cli/new.c: `gorolab new PACK | PACK/LESSON` (stub). */
#include "cli/cli.h"
int cli_new(int argc, char **argv) { (void)argc; (void)argv; return 1; }
