/* dicom.ini as Conquest reads it: [sections], `key = value` lines, keys and
 * section names case-insensitive, the first occurrence of a key wins, lines
 * that start with ';' or a space are comments, values trimmed of spaces and
 * tabs at both ends and unwrapped from one layer of matching quotes, CRLF
 * accepted. This module only parses; config.c gives the values meaning. */
#ifndef DG_CONFIG_INI_H
#define DG_CONFIG_INI_H

#include <stddef.h>

struct ini;

/* The longest line we accept; a longer one is an error naming the line, not
 * a silently cut value (a cut path would point somewhere else). */
#define INI_MAX_LINE 4096

/* Parse the file at `path`. Returns 0, a negative errno when the file cannot
 * be read, or DG_EPARSE with a message in err (line number and reason). */
int ini_load(const char *path, struct ini **out, char *err, size_t errlen);

/* Parse an in-memory text of `len` bytes (used by ini_load and the tests). */
int ini_parse(const char *text, size_t len, struct ini **out, char *err, size_t errlen);

void ini_free(struct ini *ini);

/* The value of `key` in `section` (both case-insensitive), or NULL when the
 * key is absent. A key present with an empty value gives "". */
const char *ini_get(const struct ini *ini, const char *section, const char *key);

/* The keys of a section in file order, duplicates included; for reporting
 * keys that we do not implement. */
size_t ini_key_count(const struct ini *ini, const char *section);
const char *ini_key_at(const struct ini *ini, const char *section, size_t index);

#endif
