/* The dgatesop.lst parser and lookups; see sop_list.h. The list is read once
 * at start-up and then only read, so threads share it without locks. */
#include "net/sop_list.h"
#include "util/error.h"
#include "util/file.h"
#include "util/str.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Bigger than any real list (Conquest's has about 150 lines). */
#define SOP_LIST_MAX_FILE (4u << 20)

struct sop_list {
    size_t n;
    struct sop_entry *e;
};

static const struct {
    const char *word;
    enum sop_kind kind;
} kinds[] = {
    {"sop", SOP_KIND_SOP},
    {"transfer", SOP_KIND_TRANSFER},
    {"application", SOP_KIND_APPLICATION},
    {"LocalAE", SOP_KIND_LOCAL_AE},
    {"RemoteAE", SOP_KIND_REMOTE_AE},
};

/* The next whitespace-separated word of [*p, end) into out[cap]; 0 when the
 * line has no more words, DG_ETOOBIG when the word does not fit. */
static int next_word(const char **p, const char *end, char *out, size_t cap, int *got)
{
    const char *s = *p;
    size_t n;

    while (s < end && (*s == ' ' || *s == '\t' || *s == '\r'))
        s++;
    n = 0;
    while (s + n < end && s[n] != ' ' && s[n] != '\t' && s[n] != '\r')
        n++;
    *p = s + n;
    *got = n > 0;
    if (n >= cap)
        return DG_ETOOBIG;
    memcpy(out, s, n);
    out[n] = '\0';
    return 0;
}

static int parse_line(const char *s, const char *end, struct sop_entry *e, char *err, size_t errlen,
                      int lineno)
{
    char kind[32];
    int got_name, got_uid, got_kind;
    size_t k;

    if (next_word(&s, end, e->name, sizeof e->name, &got_name) ||
        next_word(&s, end, e->uid, sizeof e->uid, &got_uid) ||
        next_word(&s, end, kind, sizeof kind, &got_kind)) {
        snprintf(err, errlen, "line %d: a name longer than 127 or a UID longer than 64 characters",
                 lineno);
        return DG_EPARSE;
    }
    if (!got_kind) {
        snprintf(err, errlen, "line %d: expected `name uid kind`", lineno);
        return DG_EPARSE;
    }
    for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        if (strcasecmp(kind, kinds[k].word) == 0)
            break;
    }
    if (k == sizeof kinds / sizeof kinds[0]) {
        snprintf(err, errlen,
                 "line %d: unknown kind `%s` (sop, transfer, application, LocalAE, RemoteAE)",
                 lineno, kind);
        return DG_EPARSE;
    }
    e->kind = kinds[k].kind;
    return 0;
}

int sop_list_parse(const char *text, size_t len, struct sop_list **out, char *err, size_t errlen)
{
    struct sop_list *l = calloc(1, sizeof *l);
    const char *p = text, *end = text + len;
    size_t cap = 0;
    int lineno = 0;
    int rc = 0;

    *out = NULL;
    if (!l)
        return -ENOMEM;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p;

        lineno++;
        p = nl ? nl + 1 : end;
        while (s < le && (*s == ' ' || *s == '\t' || *s == '\r'))
            s++;
        if (s == le || *s == '#' || (le - s >= 2 && s[0] == '/' && s[1] == '/'))
            continue;
        if (l->n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            struct sop_entry *ne = realloc(l->e, ncap * sizeof *ne);
            if (!ne) {
                rc = -ENOMEM;
                goto fail;
            }
            l->e = ne;
            cap = ncap;
        }
        rc = parse_line(s, le, &l->e[l->n], err, errlen, lineno);
        if (rc)
            goto fail;
        l->n++;
    }
    *out = l;
    return 0;
fail:
    sop_list_free(l);
    return rc;
}

int sop_list_load(const char *path, struct sop_list **out, char *err, size_t errlen)
{
    char *text;
    size_t len;
    int rc;

    *out = NULL;
    rc = file_read_all(path, SOP_LIST_MAX_FILE, &text, &len, err, errlen);
    if (rc)
        return rc;
    rc = sop_list_parse(text, len, out, err, errlen);
    if (rc == DG_EPARSE) {
        char msg[200];
        str_copy(msg, err, sizeof msg);
        snprintf(err, errlen, "%s: %s", path, msg);
    }
    free(text);
    return rc;
}

void sop_list_free(struct sop_list *list)
{
    if (!list)
        return;
    free(list->e);
    free(list);
}

size_t sop_list_count(const struct sop_list *list)
{
    return list->n;
}

const struct sop_entry *sop_list_at(const struct sop_list *list, size_t i)
{
    return i < list->n ? &list->e[i] : NULL;
}

int sop_list_has(const struct sop_list *list, enum sop_kind kind, const char *uid)
{
    for (size_t i = 0; i < list->n; i++) {
        if (list->e[i].kind == kind && strcmp(list->e[i].uid, uid) == 0)
            return 1;
    }
    return 0;
}

int sop_list_ae_allowed(const struct sop_list *list, enum sop_kind kind, const char *ae)
{
    int any = 0;

    /* With no line of `kind` every AE is allowed; else it must be listed. */
    for (size_t i = 0; i < list->n; i++) {
        if (list->e[i].kind != kind)
            continue;
        any = 1;
        if (strcmp(list->e[i].uid, ae) == 0)
            return 1;
    }
    return !any;
}

static int has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

int sop_class_is_storage(const char *uid)
{
    static const char *const services[] = {
        "1.2.840.10008.1.",                          /* verification, storage commitment */
        "1.2.840.10008.3.1.",                        /* MPPS, detached management */
        "1.2.840.10008.5.1.4.1.2.",                  /* query/retrieve */
        "1.2.840.10008.5.1.4.31",                    /* modality worklist */
        "1.2.840.10008.5.1.4.32.",                   /* general purpose worklist */
        "1.2.840.10008.5.1.4.34.6.",                 /* unified procedure step */
        "1.2.826.0.1.3680043.2.135.1066.5.1.4.1.2.", /* NKI private retrieve */
        "1.2.840.10008.5.1.4.20.",                   /* defined procedure protocol Q/R */
    };
    /* Query/retrieve models that sit beside their storage class (x.1). */
    static const char *const models[] = {
        "1.2.840.10008.5.1.4.38.2",      "1.2.840.10008.5.1.4.38.3",
        "1.2.840.10008.5.1.4.38.4",      "1.2.840.10008.5.1.4.39.2",
        "1.2.840.10008.5.1.4.39.3",      "1.2.840.10008.5.1.4.39.4",
        "1.2.840.10008.5.1.4.43.2",      "1.2.840.10008.5.1.4.43.3",
        "1.2.840.10008.5.1.4.43.4",      "1.2.840.10008.5.1.4.44.2",
        "1.2.840.10008.5.1.4.44.3",      "1.2.840.10008.5.1.4.44.4",
        "1.2.840.10008.5.1.4.45.2",      "1.2.840.10008.5.1.4.45.3",
        "1.2.840.10008.5.1.4.45.4",      "1.2.840.10008.5.1.4.1.1.200.4",
        "1.2.840.10008.5.1.4.1.1.200.5", "1.2.840.10008.5.1.4.1.1.200.6",
    };
    static const char *const stored_print[] = {"1.2.840.10008.5.1.1.27", "1.2.840.10008.5.1.1.29",
                                               "1.2.840.10008.5.1.1.30"};

    for (size_t i = 0; i < sizeof services / sizeof services[0]; i++) {
        if (has_prefix(uid, services[i]))
            return 0;
    }
    for (size_t i = 0; i < sizeof models / sizeof models[0]; i++) {
        if (strcmp(uid, models[i]) == 0)
            return 0;
    }
    if (has_prefix(uid, "1.2.840.10008.5.1.1.")) { /* print management */
        for (size_t i = 0; i < sizeof stored_print / sizeof stored_print[0]; i++) {
            if (strcmp(uid, stored_print[i]) == 0)
                return 1;
        }
        return 0;
    }
    return 1;
}
