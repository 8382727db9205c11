/* QIDO-RS (PS3.18 10.6): the query arguments of a search turned into the
 * identifier C-FIND would get, so that every matching rule of core/query.c
 * holds for DICOMweb too. Exposed for the unit test; the routes are in
 * routes.h. */
#ifndef DG_WEB_QIDO_H
#define DG_WEB_QIDO_H

#include "db/schema.h"
#include "dicom/dataset.h"

#include <stddef.h>

/* The most results one search answers (limit is cut to it, with a Warning). */
#define QIDO_MAX_RESULTS 10000
/* Beyond this, limit and offset are refused (400). */
#define QIDO_MAX_OFFSET 100000000L

/* What a search asks, besides its keys. */
struct qido_search {
    enum schema_level level;
    long limit; /* 0: QIDO_MAX_RESULTS */
    long offset;
    int fuzzy;     /* fuzzymatching=true: answered with a Warning, matching is literal */
    int all;       /* includefield=all */
    char why[160]; /* the reason of a refusal */
};

/* Apply one query argument (name=value, percent-decoded) to the identifier
 * id: a key (keyword or eight hex digits) with its value, includefield,
 * limit, offset or fuzzymatching. Returns 0, or DG_EPARSE / DG_EUID with
 * the reason in q->why. */
int qido_arg(struct qido_search *q, struct ds *id, const char *name, const char *value);

/* Complete id for q->level: the default attributes of PS3.18 Table
 * 10.6.3-3..5 that the index holds (schema), those of the levels above
 * for a search not under them (above_known: the study, or the study and
 * series, are in the path), every column of the index with includefield=
 * all, the UIDs RetrieveURL is made from, and Specific Character Set
 * ISO_IR 192 (arguments are UTF-8). Returns 0 or -ENOMEM. */
int qido_complete(const struct qido_search *q, const struct schema *schema, int above_known,
                  struct ds *id);

#endif
