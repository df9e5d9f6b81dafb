/* base/i18n.h: the interface's language through GNU gettext (the text
 * domain "gorolab"). _("text") translates at the point of use; N_("text")
 * only marks a string for xgettext (tables translated when drawn). */
#ifndef GOROLAB_BASE_I18N_H
#define GOROLAB_BASE_I18N_H

#include <libintl.h>
#include <stdio.h>

#define _(s)  gettext(s)
#define N_(s) s

/* i18n_init chooses the language once, before any output: lang is --lang
 * ("zh", "zh_CN", "en"; NULL: LANGUAGE, LC_ALL, LC_MESSAGES, LANG as
 * gettext reads them). It sets the locale from the environment and falls
 * back to C.UTF-8 when that locale is not generated on the machine (the
 * language then still comes from the variables), and finds the catalogue
 * in the build tree when gorolab runs uninstalled. Repeated calls with
 * lang NULL do nothing. */
void i18n_init(const char *lang);

/* i18n_lang_flag finds --lang X or --lang=X in argv (up to "--"); NULL if absent. */
const char *i18n_lang_flag(int argc, char **argv);

/* i18n_width is the display width of UTF-8 s in a terminal's columns,
 * whatever the locale: East Asian wide characters count 2, combining
 * marks 0, anything else (a bad byte too) 1. */
int i18n_width(const char *s);

/* i18n_pad prints s to f and then spaces up to width display columns. */
void i18n_pad(FILE *f, const char *s, int width);

#endif
