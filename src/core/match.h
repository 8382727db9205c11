/* C-FIND matching of one key (PS3.4 C.2.2.2): a query value parsed once
 * into terms, tested against stored values, and turned into SQL conditions
 * that select a superset of what it matches, so that the index does the
 * coarse work with its indexes and this file has the last word on every
 * row, the same on SQLite, MySQL/MariaDB and PostgreSQL. Pure: no I/O, no
 * datasets; values are UTF-8 (what the index holds). */
#ifndef DG_CORE_MATCH_H
#define DG_CORE_MATCH_H

#include "db/db.h"

#include <stddef.h>

/* How a key is matched; made from its VR, dictionary VM and dicom.sql type. */
struct qr_rules {
    unsigned fold : 1;      /* case-insensitive: person names (PN) and DT_ISTR columns */
    unsigned pn : 1;        /* trailing '^' (empty name components) are not significant */
    unsigned trim_lead : 1; /* leading spaces are padding (AE CS DS IS LO SH PN) */
    unsigned list : 1;      /* '\' separates values, any of which may match (UI, VM > 1) */
    unsigned multi : 1;     /* the stored value holds several values ('\', DT_MSTR) */
    unsigned dates : 1;     /* DA, TM, DT: "a-b", "a-", "-b" are ranges */
    int column_length;      /* the column's varchar length; 0 when unknown */
};

/* A parsed query value; opaque. */
struct qr_match;

/* The most terms (values of a list) one key may have. */
#define QR_MATCH_MAX_TERMS 10000

/* Parse a query value (UTF-8, len bytes, padding included). A zero-length
 * value, one of only spaces, and '*' (also "**", and a list holding '*')
 * are universal: they match everything, empty and NULL values too.
 * Returns 0, -ENOMEM, or DG_ETOOBIG (more than QR_MATCH_MAX_TERMS values). */
int qr_match_parse(const char *value, size_t len, const struct qr_rules *rules,
                   struct qr_match **out);
void qr_match_free(struct qr_match *m);

/* How many values (terms) the value has: 1, or a list's length. */
size_t qr_match_terms(const struct qr_match *m);

/* 1 when the value matches everything (no condition at all). */
int qr_match_universal(const struct qr_match *m);

/* 1 when the stored value (len bytes; value NULL for SQL NULL) matches. */
int qr_match_test(const struct qr_match *m, const char *value, size_t len);

/* The SQL conditions on `column` (a checked name, kept by reference) that
 * select every row qr_match_test can accept, and usually little more:
 * *conds points to *n conditions owned by m (valid until qr_match_free or
 * the next call), to be ANDed with the query's others (a run with or_next
 * set is one OR group). *n is 0 when no condition narrows it down. */
void qr_match_conds(struct qr_match *m, const char *column, const struct db_cond **conds,
                    size_t *n);

/* The value as parsed, for logs: the terms joined with '\'. */
size_t qr_match_describe(const struct qr_match *m, char *out, size_t outlen);

/* Compare two UTF-8 strings as the case-insensitive rule does (ASCII,
 * Latin-1, Latin Extended-A, Greek and Cyrillic letters fold to upper
 * case; other characters compare as they are). 1 when equal. */
int qr_fold_equal(const char *a, size_t alen, const char *b, size_t blen);

#endif
