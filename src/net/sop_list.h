/* dgatesop.lst: what the server accepts, in Conquest's format, one entry a
 * line: `Name UID kind [base transfer]` with kind one of sop, transfer,
 * application, LocalAE, RemoteAE (for the last two the UID column holds an
 * AE title). Lines starting with '#' and blank lines are comments. */
#ifndef DG_NET_SOP_LIST_H
#define DG_NET_SOP_LIST_H

#include <stddef.h>

enum sop_kind {
    SOP_KIND_SOP,
    SOP_KIND_TRANSFER,
    SOP_KIND_APPLICATION,
    SOP_KIND_LOCAL_AE,
    SOP_KIND_REMOTE_AE
};

struct sop_entry {
    char name[128];
    char uid[65]; /* a UID, or an AE title for LocalAE / RemoteAE */
    enum sop_kind kind;
};

struct sop_list;

/* Parse the file; errors name the line. Returns 0, a negative errno,
 * DG_EPARSE or -ENOMEM. */
int sop_list_load(const char *path, struct sop_list **out, char *err, size_t errlen);
int sop_list_parse(const char *text, size_t len, struct sop_list **out, char *err, size_t errlen);
void sop_list_free(struct sop_list *list);

size_t sop_list_count(const struct sop_list *list);
const struct sop_entry *sop_list_at(const struct sop_list *list, size_t i);

/* 1 when `uid` is listed with that kind, else 0. */
int sop_list_has(const struct sop_list *list, enum sop_kind kind, const char *uid);

/* Conquest's AE restriction: when the list has RemoteAE (LocalAE) lines,
 * only those calling (called) AE titles are accepted. kind is
 * SOP_KIND_REMOTE_AE or SOP_KIND_LOCAL_AE; 1 = allowed. */
int sop_list_ae_allowed(const struct sop_list *list, enum sop_kind kind, const char *ae);

/* 1 when `uid` is a storage SOP class: a SOP class that is none of the
 * services we run as SCP other than C-STORE (verification, query/retrieve,
 * worklist, print management). */
int sop_class_is_storage(const char *uid);

#endif
