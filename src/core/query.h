/* C-FIND in the index, as Conquest answers it: a request identifier in,
 * one response identifier per match out. The keys dicom.sql holds at the
 * query level or above are matched (match.h) and returned, a higher level's
 * through a join up the hierarchy made only when a key needs it; computed
 * keys (the Number of ... Related counts, RetrieveAETitle,
 * InstanceAvailability) are answered by key; every other requested key
 * comes back with zero length. Results are read in pages with short read
 * transactions (qr_run), so nothing is held for the whole query: neither
 * the results nor a database snapshot. Returns our error codes; the DIMSE
 * service (server/find.c) maps them to statuses. */
#ifndef DG_CORE_QUERY_H
#define DG_CORE_QUERY_H

#include "db/db.h"
#include "db/schema.h"
#include "dicom/dataset.h"

#include <stddef.h>

/* PATIENT, STUDY, SERIES, IMAGE -> SCHEMA_PATIENT..SCHEMA_IMAGE (exact,
 * padding removed). DG_ENOTFOUND for anything else. */
int qr_level_from_name(const char *name, enum schema_level *out);
const char *qr_level_name(enum schema_level level);

/* Rows read per page (one SELECT ... ORDER BY key LIMIT QR_PAGE_ROWS). */
#define QR_PAGE_ROWS 256
/* The most keys one identifier may carry. */
#define QR_MAX_KEYS 4096

struct qr_query;

/* Plan a query at `level` (SCHEMA_PATIENT..SCHEMA_IMAGE) from the request
 * identifier `id`, whose text is read in its Specific Character Set (an
 * unknown one as the default repertoire, with a warning). retrieve_ae
 * answers RetrieveAETitle. `id` is not used after this returns. Returns 0,
 * DG_EPARSE (a key value that cannot be read, e.g. a US of 3 bytes),
 * DG_ETOOBIG (more than QR_MAX_KEYS keys, a list of more values than a key
 * may have, or lists of more than 100 000 values in all), -ENOMEM. */
int qr_plan(const struct schema *schema, const struct ds *id, enum schema_level level,
            const char *retrieve_ae, struct qr_query **out);

/* A Modality Worklist query: the same, over the worklist table alone (no
 * level; every key found there by its tag, so a Scheduled Procedure Step
 * key asked at the top level is matched and answered there too). A
 * sequence key is answered with one item holding the keys of the query's
 * item, matched like any other (the Scheduled Procedure Step Sequence
 * (0040,0100) as Conquest answers it); an empty item asks for every
 * column dicom.sql marks as the sequence's (DT_STARTSEQUENCE ..
 * DT_ENDSEQUENCE); another sequence asked with no keys gets no items.
 * iso_ir is WorkListReturnsISO_IR: each answer carries Specific Character
 * Set "ISO_IR <iso_ir>" and its text in that set (ISO_IR 192 and UTF-8 for
 * an answer the set cannot hold); 0: as C-FIND. The table has no key to
 * page on, so qr_run reads the matches at once (one SELECT run to its end
 * before the first answer, at most 100 000 rows and 16 MiB, else
 * DG_ETOOBIG). Returns what qr_plan does, DG_ECHARSET for an iso_ir that
 * names no set we know, or DG_EUNSUPPORTED when dicom.sql's WorkList
 * block has no column. */
int qr_plan_worklist(const struct schema *schema, const struct ds *id, int iso_ir,
                     struct qr_query **out);

void qr_free(struct qr_query *q);

/* 1 when the identifier asks to match on a key the index cannot match (a
 * key with a value that is neither in dicom.sql at the level or above nor
 * computed): C-FIND's log line and QIDO-RS's Warning header say so. */
int qr_unsupported_keys(const struct qr_query *q);

/* The matching keys for a log line: "PatientName=HEAD* StudyDate=1998-"
 * (keywords, values as parsed, cut to fit), or "(all)". */
void qr_describe(const struct qr_query *q, char *out, size_t outlen);

/* Where results go. result is called once per match with its response
 * identifier (valid during the call); poll (may be NULL) between pages of
 * rows. A non-zero return from either stops the query and is returned by
 * qr_run. */
struct qr_sink {
    int (*result)(void *ctx, const struct ds *rsp);
    int (*poll)(void *ctx);
    void *ctx;
};

/* Run the query on db: pages of QR_PAGE_ROWS rows in key order, each read
 * by one SELECT that ends before its rows are answered, the next page
 * starting after the last key (keyset paging: no OFFSET, no snapshot kept
 * between pages, so a slow reader never holds the SQLite WAL from being
 * checkpointed, and memory is one page whatever the number of matches).
 * *matches (may be NULL) counts the results given to the sink. Returns 0,
 * the sink's non-zero value, or a database error (DG_EDB, DG_EDBGONE,
 * DG_ETOOBIG for a row beyond the page buffer, -ENOMEM). */
int qr_run(struct qr_query *q, struct db *db, const struct qr_sink *sink, unsigned long *matches);

#endif
