/* What C-MOVE and C-GET share: the identifier read into the unique keys of
 * the objects it names (PS3.4 C.4.2.2.1, C.4.3.2: QueryRetrieveLevel and
 * PatientID, Study, Series, SOP Instance UIDs, the key of the level a list),
 * and the run of sub-operations over those objects: the objects counted,
 * then walked from the index (db/objects.h), each handed to the service's
 * sender (a C-STORE on the move destination's association, or on the
 * requester's own for C-GET); a failed sub-operation never stops the
 * others; a pending response with the counts after each; C-CANCEL heard
 * between them; the final response with its status, counts and Failed SOP
 * Instance UID List. How an object is sent is the service's. Internal to
 * src/server. */
#ifndef DG_SERVER_SUBOPERATIONS_H
#define DG_SERVER_SUBOPERATIONS_H

#include <stddef.h>
#include <stdint.h>

#include "db/objects.h"

struct buf;
struct retrieve_object;

struct dimse_cmd;
struct session;

/* Statuses of C-MOVE and C-GET (PS3.4 C.4.2.1.5, C.4.3.1.4). */
#define STATUS_QR_NO_COUNT 0xA701         /* out of resources: cannot count the matches */
#define STATUS_QR_NO_SUBOPERATIONS 0xA702 /* out of resources: cannot perform sub-operations */
#define STATUS_MOVE_DESTINATION_UNKNOWN 0xA801
#define STATUS_QR_IDENTIFIER_MISMATCH 0xA900 /* identifier does not match SOP class */
#define STATUS_QR_UNKNOWN_LEVEL 0xC001 /* unable to process: QueryRetrieveLevel (Conquest's) */
#define STATUS_QR_SUBOPERATION_FAILURES 0xB000

/* The identifier of one C-MOVE or C-GET, parsed. */
struct subop_request {
    char level[17]; /* QueryRetrieveLevel */
    struct objects_keys keys;
    char what[128];         /* "STUDY 1.2.3" or "IMAGE (12 UIDs)", for log lines */
    char *text[4];          /* the values, owned */
    const char **values[4]; /* pointers into text */
};

/* Read the request's identifier and parse it for its information model
 * (the context's abstract syntax: Patient Root, Study Root or Patient/Study
 * Only, for C-MOVE or C-GET). Returns an association error, or 0 with
 * *status 0 and `out` filled, or with *status a failure (logged once,
 * here): 0xC000 when the identifier cannot be read, 0xC001 for a missing or
 * unknown QueryRetrieveLevel, 0xA900 for a level the model does not have,
 * no key at the level, or a UID key whose value is not a UID. Free `out`
 * with subop_request_free in either case. */
int subop_read_request(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id,
                       struct subop_request *out, uint16_t *status);
void subop_request_free(struct subop_request *r);

/* How a service sends one object. */
struct subop_sender {
    /* Before the first object: the SOP classes of the matched objects, as
     * the index has them (none when it does not index them). May be NULL. */
    void (*start)(void *arg, const char *const *classes, size_t nclasses);
    /* Send one object; *status is its C-STORE-RSP status, or the failure
     * status of a sub-operation that could not be made (already logged).
     * Returns 0, or an error of the requester's association, which ends
     * the operation without a final response. */
    int (*send)(void *arg, const struct objects_row *row, uint16_t *status);
    /* After the last one: 0 to let the counts decide the final status, or
     * a failure status for an operation none of whose sub-operations could
     * be made (C-MOVE: 0xA702 when the destination was never reached). */
    uint16_t (*finish)(void *arg, unsigned completed, unsigned failed);
};

/* Run the sub-operations of the request (rq on ctx_id) over the objects
 * its identifier names, with pending and final responses. `kind` is
 * "C-MOVE to DEST" or "C-GET" for the PacsUser.log line of the operation.
 * Returns 0 or an association error. */
int subop_run(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id,
              const struct subop_request *req, const char *kind, const struct subop_sender *snd,
              void *arg);

/* The final response of a request refused before any sub-operation, with
 * zero counts (status logged by the caller). */
int subop_refuse(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id, uint16_t status);

/* The dataset of one sub-operation as a dimse_source: the stored file or
 * its transcoded copy (retrieve_read). A read error is kept in `err`, to
 * tell it from the association's errors. */
struct subop_source {
    struct retrieve_object *o;
    int err;
};
int subop_source_read(void *arg, uint8_t *p, size_t cap, size_t *n);

/* The name of a transfer syntax for log lines, or its UID. */
const char *subop_ts_name(const char *uid);

/* How an object stored as stored_ts goes, for log lines: "JPEG-LS
 * Lossless", or "Implicit VR Little Endian, transcoded from JPEG-LS
 * Lossless", with ", lossy" where that lost information. */
void subop_describe(const struct retrieve_object *o, const char *stored_ts, char *out, size_t len);

#endif
