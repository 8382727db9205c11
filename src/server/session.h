/* One accepted DICOM association and everything it allocates: the
 * association itself, its DIMSE buffers, its index connection, the state of
 * each service it used. A session has one owner, the association's thread,
 * and is freed in one place (session_free), whatever was made on the way.
 * Services (service.h) reach what they need through it, made at first use.
 * Internal to src/server. */
#ifndef DG_SERVER_SESSION_H
#define DG_SERVER_SESSION_H

#include <stdint.h>

#include "core/ingest.h"
#include "net/dimse.h"

struct amap;
struct assoc;
struct config;
struct db;
struct index;
struct schema;
struct sop_list;

/* Read-only after start-up; shared by every session. */
struct server_ctx {
    const struct config *cfg;
    struct sop_list *sops;
    struct amap *amap;
    struct schema *schema;    /* dicom.sql */
    struct ingest_env ingest; /* where stored objects go */
};

/* The most services one table can hold (service.h). */
#define SESSION_MAX_SERVICES 16

struct session {
    const struct server_ctx *srv;
    const struct config *cfg;
    unsigned id;   /* the connection's number */
    char peer[64]; /* the peer's address */
    char tag[48];  /* "[id AE]": the start of each of the association's log lines */
    struct assoc *as;
    struct dimse dimse;
    void *state[SESSION_MAX_SERVICES]; /* each service's, made by its setup hook */
    struct db *db;                     /* the index connection, opened at need */
    struct index *ix;
    unsigned stored; /* objects stored successfully */
    unsigned failed; /* requests answered with a failure status */
};

/* A session for the accepted association `as` (owned by the session from
 * now on). Returns 0 or -ENOMEM (as is freed then). */
int session_new(const struct server_ctx *srv, struct assoc *as, unsigned id, const char *peer,
                struct session **out);

/* Serve requests until the association ends; returns why it ended
 * (DG_ECLOSED after a release, DG_EABORTED, DG_ETIMEOUT, ...). */
int session_run(struct session *s);

/* Free the session and everything it made (each service's cleanup). */
void session_free(struct session *s);

/* The session's index connection, opened at its first use and kept.
 * Returns 0 or the error of db_open / index_open (logged). */
int session_index(struct session *s, struct index **out);

/* The session's database connection, the one under session_index (opened
 * with it at first use), for services that read the index (C-FIND). */
int session_db(struct session *s, struct db **out);

/* The compression code the AE the peer called us by carries after a '~'
 * (Conquest's "CONQUESTSRV1~j2": at most 13 characters, '~', the code; it
 * overrides acrnema.map's code of a C-MOVE destination and
 * IncomingCompression), or NULL. */
const char *session_called_compression(const struct session *s);

/* Send the response to rq with status, logging it; used by every service. */
int session_respond(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id, uint16_t status);

/* Read and drop the dataset that follows rq (for requests we refuse). */
int session_drain_dataset(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id);

#endif
