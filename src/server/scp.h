/* What the services (echo.c, store.c, and later find/move/get) share: the
 * server-wide state and the per-association state they are called with.
 * Internal to src/server. */
#ifndef DG_SERVER_SCP_H
#define DG_SERVER_SCP_H

#include <stdint.h>

#include "net/dimse.h"
#include "util/buf.h"

struct amap;
struct assoc;
struct config;
struct db;
struct index;
struct schema;
struct mag_device;
struct mag_writer;
struct sop_list;

/* Read-only after start-up; shared by every association thread. */
struct server_ctx {
    const struct config *cfg;
    struct sop_list *sops;
    struct amap *amap;
    struct mag_device *mag0;
    struct schema *schema; /* dicom.sql */
};

/* One association being served; owned by its thread. */
struct scp {
    const struct server_ctx *srv;
    const struct config *cfg;
    unsigned id;   /* association number, for log lines */
    char peer[64]; /* the peer's address */
    struct assoc *as;
    struct dimse dimse;
    /* C-STORE, made at the first store and kept for the association. */
    struct mag_writer *writer;
    struct buf header; /* the first bytes of a dataset, for its header */
    struct db *db;     /* this association's index connection, opened at need */
    struct index *ix;
    unsigned stored; /* objects stored successfully */
    unsigned failed; /* requests answered with a failure status */
};

/* A service handles one request whose command set has been read (its
 * dataset, if any, has not) and sends the response(s). Returns 0 to go on
 * with the association, or an association error (it then ends). */
int echo_service(struct scp *s, const struct dimse_cmd *cmd, uint8_t ctx_id);
int store_service(struct scp *s, const struct dimse_cmd *cmd, uint8_t ctx_id);

/* Free what store_service kept in s. */
void store_cleanup(struct scp *s);

/* Send the response to rq with status, logging it; used by every service. */
int scp_respond(struct scp *s, const struct dimse_cmd *rq, uint8_t ctx_id, uint16_t status);

/* Read and drop the dataset that follows rq (for requests we refuse). */
int scp_drain_dataset(struct scp *s, const struct dimse_cmd *rq, uint8_t ctx_id);

#endif
