/* tui/narrate.h: scheduling events in words, for the status bar after a
 * step (`n`): "g1 sends on results; g3 wakes up". */
#ifndef GOROLAB_TUI_NARRATE_H
#define GOROLAB_TUI_NARRATE_H

#include "base/buf.h"
#include "rt/inspect.h"

/* narrate appends what the n events did to out, "; "-separated, naming
 * channels by their variables from snap (may be NULL). Events that say
 * nothing new to a learner (a goroutine switched in) are left out unless
 * nothing else happened. */
void narrate(const Event *ev, int64_t n, const Snapshot *snap, Buf *out);

#endif
