/* The names of dicom.ini keys beyond the ones config.c implements: every key
 * Conquest 1.5.0e reads in its [sscscp] section (so that one of them is
 * reported as "not implemented", not as unknown), and the nearest known name
 * to a key nobody knows (so that `TCPPrt` is reported as a misspelt
 * `TCPPort`). Names only: what the keys mean is config.c's business. */
#ifndef DG_CONFIG_KEYNAMES_H
#define DG_CONFIG_KEYNAMES_H

#include <stddef.h>

/* Does `key` (case-insensitive) name a key that Conquest 1.5.0e reads? A
 * numbered key (ImportConverter3, MAGDevice0) matches its family. */
int keynames_conquest_knows(const char *key);

/* Does `key` match `name`, case-insensitively? A name ending in '#' is a
 * numbered family: "MAGDevice#" matches MAGDevice0, MAGDevice12. */
int keynames_match(const char *key, const char *name);

/* The nearest known name to an unknown key, found by offering candidates. */
struct keynames_nearest {
    char name[64];     /* the suggestion ("" while none was offered) */
    unsigned distance; /* its edit distance from the key */
};

void keynames_nearest_init(struct keynames_nearest *n);

/* Offer `name` (as keynames_match takes it) as a suggestion for `key`. */
void keynames_offer(struct keynames_nearest *n, const char *key, const char *name);

/* Offer every key Conquest 1.5.0e reads. */
void keynames_offer_conquest(struct keynames_nearest *n, const char *key);

/* Is the nearest name near enough to `key` that the key is a misspelling of
 * it (one or two edits for most names, three for long ones)? */
int keynames_is_typo(const struct keynames_nearest *n, const char *key);

/* Edit distance (insertions, deletions, substitutions and transpositions of
 * neighbours), case-insensitive; names longer than 63 characters count as
 * far from everything. */
unsigned keynames_distance(const char *a, const char *b);

#endif
