/* lesson/catalogue.h: the bundled lesson packs taken together.
 *
 * gorolab ships its lessons as several packs, one folder each under the
 * bundled lessons/ (01-basics, 02-incidents, ...), besides the schedule
 * challenges. Their lesson ids are unique across them, and each lesson keeps
 * its catalogue number, the NN of its file name (07-timer-leak.yaml is
 * lesson 7), whichever pack it is in: a command given a lesson without a
 * pack (`gorolab 7`, `gorolab grade timer-leak`) looks in all of them, and a
 * number there is a catalogue number; given a pack, a number is the lesson's
 * position in that pack, as for every pack.
 */
#ifndef GOROLAB_LESSON_CATALOGUE_H
#define GOROLAB_LESSON_CATALOGUE_H

#include "lesson/lesson.h"

/* pack_bundled_lessons returns the folders of the bundled lesson packs in
 * order (the folders of lessons/ holding a pack.yaml, by name), or
 * $GOROLAB_PACK alone when it is set; a new NULL-terminated array of new
 * strings (free each and the array); *n gets the count. */
char **pack_bundled_lessons(int *n);

/* pack_folder_packs returns the packs in dir when dir is a folder of packs
 * (as the bundled lessons/ is): it has no pack.yaml and no lesson file of
 * its own, and subfolders holding a pack.yaml, which it returns sorted as a
 * new array of new strings (*n gets the count); else NULL. */
char **pack_folder_packs(const char *dir, int *n);

/* pack_bundled_pack returns the folder of the bundled pack whose id or
 * folder name is key ("basics", "01-basics", "challenges"), or NULL. New
 * string. */
char *pack_bundled_pack(const char *key);

/* pack_catalogue_find finds a lesson of the bundled lesson packs by id, by
 * file name with or without ".yaml", or by catalogue number ("7": the
 * lesson whose file name starts "07-"; in a catalogue of one pack, set by
 * $GOROLAB_PACK, the 7th lesson as in any pack). Returns the folder of its pack (new string)
 * and the lesson's id in *id (new string), or NULL. */
char *pack_catalogue_find(const char *key, char **id);

/* lesson_catalogue_number returns the lesson's catalogue number (the digits
 * its file name starts with, before a '-'), or its position in its pack
 * when the name has none. */
int lesson_catalogue_number(const Lesson *l);

#endif
