/* lesson/installed.h: the lesson packs installed with `gorolab pack add`,
 * one folder each under $XDG_DATA_HOME/gorolab/packs/ID (src/cli/pack.c
 * installs and removes them; the lab's browser and `gorolab pack list`
 * list them). */
#ifndef GOROLAB_LESSON_INSTALLED_H
#define GOROLAB_LESSON_INSTALLED_H

/* pack_installed_root returns $XDG_DATA_HOME/gorolab/packs (default
 * ~/.local/share/gorolab/packs); a new string. */
char *pack_installed_root(void);

/* pack_installed returns the folders of the installed packs (those holding
 * a pack.yaml; hidden folders skipped), sorted by id, as a new
 * NULL-terminated array of new strings (free each and the array); *n gets
 * the count. */
char **pack_installed(int *n);

#endif
