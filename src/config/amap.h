/* acrnema.map: the peers that may retrieve images, one `AE host port
 * [compression]` per line, comments as / * * /, // and #. Lookup follows
 * Conquest: wildcard entries (`V* * 1234 un`) and exact case-sensitive
 * matches in file order, then exact case-insensitive matches. */
#ifndef DG_CONFIG_AMAP_H
#define DG_CONFIG_AMAP_H

#include <stddef.h>
#include <stdio.h>

struct amap;

struct amap_entry {
    char ae[17];          /* up to 16 characters; may end in '*' */
    char host[256];       /* host name or address; may end in '*' */
    char port[64];        /* decimal port; may end in '*' */
    char compression[16]; /* `un` when the column is absent */
};

int amap_load(const char *path, struct amap **out, char *err, size_t errlen);
int amap_parse(const char *text, size_t len, struct amap **out, char *err, size_t errlen);
void amap_free(struct amap *map);

size_t amap_count(const struct amap *map);
const struct amap_entry *amap_at(const struct amap *map, size_t index);

/* Resolve `ae` (trailing spaces ignored) into `out`, with the '*' of a
 * wildcard entry's host and port replaced by the rest of the AE. Returns 0
 * or DG_ENOTFOUND. */
int amap_lookup(const struct amap *map, const char *ae, struct amap_entry *out);

/* The dump of `dgate -m`, in Conquest's column layout. */
void amap_dump(const struct amap *map, FILE *fp);

#endif
