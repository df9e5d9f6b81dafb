/* tui/narrate.h: scheduling events in words, for the status bar after a
 * step (`n`): "g1 sends on results; g3 wakes up". */
#ifndef GOROLAB_TUI_NARRATE_H
#define GOROLAB_TUI_NARRATE_H

#include <stdbool.h>
#include "base/buf.h"
#include "rt/inspect.h"

/* chan_label names channel id as the program knows it: its variable
 * ("results"), qualified by the package for channels the standard library
 * made ("time.c" for a timer's channel), else "#id". Returns name or buf. */
const char *chan_label(const Snapshot *snap, uint32_t id, char *buf, size_t size);

/* narrate appends what the n events did to out, "; "-separated, naming
 * channels by their variables from snap (may be NULL). Events that say
 * nothing new to a learner (a goroutine switched in) are left out unless
 * nothing else happened. */
void narrate(const Event *ev, int64_t n, const Snapshot *snap, Buf *out);
/* narrate_lang is narrate in the learner's language: "zh..." Chinese,
 * anything else (NULL too) English. Without snap, channels are named by
 * the events' own names. */
void narrate_lang(const Event *ev, int64_t n, const Snapshot *snap, const char *lang, Buf *out);
/* narrate_zh: whether lang asks for Chinese. */
bool narrate_zh(const char *lang);

#endif
