/* The acrnema.map parser and AE lookup; see amap.h. Unlike Conquest, a `#`
 * or `//` comment after an entry ends at the end of its line instead of
 * swallowing the next entry. */
#include "config/amap.h"
#include "util/error.h"
#include "util/file.h"
#include "util/str.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct amap {
    struct amap_entry *entries;
    size_t count;
    size_t alloc;
};

/* Copy `text` without comments into a new string; line breaks are kept so
 * that line numbers stay right. */
static char *strip_comments(const char *text, size_t len)
{
    char *out = malloc(len + 1);
    size_t o = 0;

    if (!out)
        return NULL;
    for (size_t i = 0; i < len;) {
        if (text[i] == '/' && i + 1 < len && text[i + 1] == '*') {
            i += 2;
            while (i < len && !(text[i] == '*' && i + 1 < len && text[i + 1] == '/')) {
                if (text[i] == '\n')
                    out[o++] = '\n';
                i++;
            }
            i = i < len ? i + 2 : len;
        } else if (text[i] == '#' || (text[i] == '/' && i + 1 < len && text[i + 1] == '/')) {
            while (i < len && text[i] != '\n')
                i++;
        } else {
            out[o++] = text[i] == '\0' ? ' ' : text[i];
            i++;
        }
    }
    out[o] = '\0';
    return out;
}

static int add(struct amap *map, const struct amap_entry *e)
{
    if (map->count == map->alloc) {
        size_t n = map->alloc ? map->alloc * 2 : 16;
        struct amap_entry *p = realloc(map->entries, n * sizeof *p);
        if (!p)
            return -ENOMEM;
        map->entries = p;
        map->alloc = n;
    }
    map->entries[map->count++] = *e;
    return 0;
}

/* Fill `e` from the first four whitespace-separated tokens of `line`. */
static int parse_entry(char *line, size_t lineno, struct amap_entry *e, char *err, size_t errlen)
{
    char *save = NULL;
    char *tok[4] = {0};
    size_t n = 0;

    for (char *t = strtok_r(line, " \t\r\v\f", &save); t && n < 4;
         t = strtok_r(NULL, " \t\r\v\f", &save))
        tok[n++] = t;
    if (n == 0)
        return 1; /* an empty line */
    if (n < 3) {
        snprintf(err, errlen, "line %zu: expected `AE host port [compression]`", lineno);
        return DG_EPARSE;
    }
    if (str_copy(e->ae, tok[0], sizeof e->ae) >= sizeof e->ae) {
        snprintf(err, errlen, "line %zu: AE title `%s` is longer than 16 characters", lineno,
                 tok[0]);
        return DG_EPARSE;
    }
    if (str_copy(e->host, tok[1], sizeof e->host) >= sizeof e->host ||
        str_copy(e->port, tok[2], sizeof e->port) >= sizeof e->port ||
        str_copy(e->compression, n > 3 ? tok[3] : "un", sizeof e->compression) >=
            sizeof e->compression) {
        snprintf(err, errlen, "line %zu: value too long", lineno);
        return DG_EPARSE;
    }
    return 0;
}

int amap_parse(const char *text, size_t len, struct amap **out, char *err, size_t errlen)
{
    struct amap *map = calloc(1, sizeof *map);
    char *clean = strip_comments(text, len);
    char *save = NULL;
    size_t lineno = 0;
    int rc = 0;

    if (!map || !clean) {
        rc = -ENOMEM;
        goto fail;
    }
    /* strtok_r would merge empty lines and lose the numbering; walk by hand. */
    for (char *line = clean; line; line = save) {
        char *nl = strchr(line, '\n');
        struct amap_entry e;

        save = nl ? nl + 1 : NULL;
        if (nl)
            *nl = '\0';
        lineno++;
        rc = parse_entry(line, lineno, &e, err, errlen);
        if (rc == 1) {
            rc = 0;
            continue;
        }
        if (rc)
            goto fail;
        rc = add(map, &e);
        if (rc)
            goto fail;
    }
    free(clean);
    *out = map;
    return 0;
fail:
    free(clean);
    amap_free(map);
    return rc;
}

int amap_load(const char *path, struct amap **out, char *err, size_t errlen)
{
    char *text;
    size_t len;
    int rc = file_read_all(path, 16u << 20, &text, &len, err, errlen);

    if (rc)
        return rc;
    rc = amap_parse(text, len, out, err, errlen);
    if (rc == DG_EPARSE) {
        char msg[512];
        str_copy(msg, err, sizeof msg);
        snprintf(err, errlen, "%s: %s", path, msg);
    }
    free(text);
    return rc;
}

void amap_free(struct amap *map)
{
    if (!map)
        return;
    free(map->entries);
    free(map);
}

size_t amap_count(const struct amap *map)
{
    return map->count;
}

const struct amap_entry *amap_at(const struct amap *map, size_t index)
{
    return index < map->count ? &map->entries[index] : NULL;
}

/* Replace a trailing '*' of `field` (size n) by `rest`. */
static void substitute(char *field, size_t n, const char *rest)
{
    size_t len = strlen(field);

    if (len && field[len - 1] == '*') {
        field[len - 1] = '\0';
        strncat(field, rest, n - len);
    }
}

int amap_lookup(const struct amap *map, const char *ae, struct amap_entry *out)
{
    char want[65];
    size_t len;

    str_copy(want, ae, sizeof want);
    len = strlen(want);
    while (len && (want[len - 1] == ' ' || want[len - 1] == '\t'))
        want[--len] = '\0';
    if (!len)
        return DG_ENOTFOUND;

    for (size_t i = 0; i < map->count; i++) {
        const struct amap_entry *e = &map->entries[i];
        size_t plen = strlen(e->ae);

        if (plen && e->ae[plen - 1] == '*' && strncasecmp(want, e->ae, plen - 1) == 0 &&
            len >= plen - 1) {
            *out = *e;
            substitute(out->host, sizeof out->host, want + plen - 1);
            substitute(out->port, sizeof out->port, want + plen - 1);
            return 0;
        }
        if (strcmp(e->ae, want) == 0) {
            *out = *e;
            return 0;
        }
    }
    for (size_t i = 0; i < map->count; i++) {
        if (strcasecmp(map->entries[i].ae, want) == 0) {
            *out = map->entries[i];
            return 0;
        }
    }
    return DG_ENOTFOUND;
}

void amap_dump(const struct amap *map, FILE *fp)
{
    /* Conquest's PrintAMap, padding of the last column included, so that
     * scripts written against its output keep working. */
    fprintf(fp, "**\tAE / IP-PORT Map dump\n\n");
    for (size_t i = 0; i < map->count; i++) {
        const struct amap_entry *e = &map->entries[i];
        fprintf(fp, "%-17s %-30s %-10s %-16s\n", e->ae, e->host, e->port, e->compression);
    }
}
