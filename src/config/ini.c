/* The dicom.ini parser; see ini.h for the rules. Entries are kept in file
 * order in one array: lookups are a scan, which is fine for a file of a few
 * dozen keys that is read at start-up. */
#include "config/ini.h"
#include "util/error.h"
#include "util/file.h"
#include "util/str.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct ini_entry {
    char *section;
    char *key;
    char *value;
};

struct ini {
    struct ini_entry *entries;
    size_t count;
    size_t alloc;
};

static int add_entry(struct ini *ini, const char *section, const char *key, const char *value)
{
    struct ini_entry *e;

    if (ini->count == ini->alloc) {
        size_t n = ini->alloc ? ini->alloc * 2 : 32;
        e = realloc(ini->entries, n * sizeof *e);
        if (!e)
            return -ENOMEM;
        ini->entries = e;
        ini->alloc = n;
    }
    e = &ini->entries[ini->count];
    e->section = strdup(section);
    e->key = strdup(key);
    e->value = strdup(value);
    if (!e->section || !e->key || !e->value) {
        free(e->section);
        free(e->key);
        free(e->value);
        return -ENOMEM;
    }
    ini->count++;
    return 0;
}

/* Remove one layer of matching "..." or '...' quotes in place. */
static void unquote(char *v)
{
    size_t n = strlen(v);

    if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
        memmove(v, v + 1, n - 2);
        v[n - 2] = '\0';
    }
}

/* Handle one line (without its line ending). `section` is updated by
 * section headers. */
static int parse_line(struct ini *ini, char *line, char *section, size_t section_size)
{
    char *eq;

    if (line[0] == ';' || line[0] == ' ' || line[0] == '\0')
        return 0;
    if (line[0] == '[') {
        char *close = strchr(line, ']');
        if (close) {
            *close = '\0';
            str_copy(section, str_trim(line + 1), section_size);
            return 0;
        }
    }
    eq = strchr(line, '=');
    if (!eq || !section[0])
        return 0; /* Conquest ignores text lines such as `# comment`. */
    *eq = '\0';
    char *key = str_trim(line);
    char *value = str_trim(eq + 1);
    if (!key[0])
        return 0;
    unquote(value);
    return add_entry(ini, section, key, value);
}

int ini_parse(const char *text, size_t len, struct ini **out, char *err, size_t errlen)
{
    struct ini *ini = calloc(1, sizeof *ini);
    char line[INI_MAX_LINE + 1];
    char section[256] = "";
    size_t pos = 0, lineno = 0;
    int rc = 0;

    if (!ini)
        return -ENOMEM;
    /* A UTF-8 byte order mark left by a Windows editor is not part of a key. */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;

        lineno++;
        if (n && text[pos + n - 1] == '\r')
            n--;
        if (n > INI_MAX_LINE) {
            snprintf(err, errlen, "line %zu is longer than %d characters", lineno, INI_MAX_LINE);
            rc = DG_EPARSE;
            goto fail;
        }
        if (memchr(text + pos, '\0', n)) {
            snprintf(err, errlen, "line %zu contains a NUL byte", lineno);
            rc = DG_EPARSE;
            goto fail;
        }
        memcpy(line, text + pos, n);
        line[n] = '\0';
        rc = parse_line(ini, line, section, sizeof section);
        if (rc)
            goto fail;
        pos += (nl ? (size_t)(nl - (text + pos)) + 1 : len - pos);
    }
    *out = ini;
    return 0;
fail:
    ini_free(ini);
    return rc;
}

int ini_load(const char *path, struct ini **out, char *err, size_t errlen)
{
    char *text;
    size_t len;
    /* dicom.ini is small; a file beyond 16 MiB is not a dicom.ini. */
    int rc = file_read_all(path, 16u << 20, &text, &len, err, errlen);

    if (rc)
        return rc;
    rc = ini_parse(text, len, out, err, errlen);
    free(text);
    return rc;
}

void ini_free(struct ini *ini)
{
    if (!ini)
        return;
    for (size_t i = 0; i < ini->count; i++) {
        free(ini->entries[i].section);
        free(ini->entries[i].key);
        free(ini->entries[i].value);
    }
    free(ini->entries);
    free(ini);
}

const char *ini_get(const struct ini *ini, const char *section, const char *key)
{
    for (size_t i = 0; i < ini->count; i++) {
        const struct ini_entry *e = &ini->entries[i];
        if (strcasecmp(e->section, section) == 0 && strcasecmp(e->key, key) == 0)
            return e->value;
    }
    return NULL;
}

size_t ini_key_count(const struct ini *ini, const char *section)
{
    size_t n = 0;

    for (size_t i = 0; i < ini->count; i++)
        if (strcasecmp(ini->entries[i].section, section) == 0)
            n++;
    return n;
}

const char *ini_key_at(const struct ini *ini, const char *section, size_t index)
{
    for (size_t i = 0; i < ini->count; i++) {
        if (strcasecmp(ini->entries[i].section, section) != 0)
            continue;
        if (index-- == 0)
            return ini->entries[i].key;
    }
    return NULL;
}
