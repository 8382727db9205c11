/* The Storage service (C-STORE SCP): checks the request against its
 * presentation context, streams the dataset into the ingest core, and maps
 * the core's result to the DICOM status of the response. Everything about
 * files and the index is the core's (core/ingest.h). */
#include "config/config.h"
#include "core/ingest.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "server/service.h"
#include "server/session.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
#include <string.h>

static int store_setup(struct session *s, void **state)
{
    return ingest_new(&s->srv->ingest, (struct ingest **)state);
}

static void store_cleanup(void *state)
{
    ingest_free(state);
}

/* The status for an ingest result (PS3.4 B.2.3), with dicom.ini's
 * StorageFailedErrorCode where Conquest answers it. */
static uint16_t status_for(const struct session *s, int rc)
{
    return rc ? ingest_failure_status(&s->srv->ingest, rc) : STATUS_SUCCESS;
}

/* Receive the dataset into the ingest and store it. Returns 0 with *status
 * set, or an association error. */
static int receive(struct session *s, struct ingest *g, const struct dimse_cmd *cmd, uint8_t ctx_id,
                   uint16_t *status)
{
    const struct assoc_ctx *ctx = assoc_context(s->as, ctx_id);
    struct ingest_object obj = {cmd->sop_class,
                                cmd->sop_instance,
                                ctx->ts,
                                assoc_calling_ae(s->as),
                                assoc_called_ae(s->as),
                                s->tag,
                                session_called_compression(s),
                                NULL,
                                NULL,
                                0};
    struct ingest_result res;
    struct index *ix;
    int rc;

    rc = ingest_begin(g, &obj);
    if (rc) {
        log_warn("%s C-STORE %s refused: %s", s->tag, cmd->sop_instance, dg_strerror(rc));
        *status = status_for(s, rc);
        return session_drain_dataset(s, cmd, ctx_id);
    }
    rc = dimse_recv_dataset(&s->dimse, ctx_id, ingest_write, g);
    if (rc && rc != ingest_write_error(g)) {
        /* The association broke mid-dataset: no partial file is kept. */
        ingest_abort(g);
        return rc;
    }
    rc = session_index(s, &ix);
    if (rc) {
        ingest_abort(g);
        *status = (uint16_t)s->cfg->storage_failed_error_code;
        return 0;
    }
    rc = ingest_finish(g, ix, &res);
    if (rc == 0)
        s->stored++;
    *status = status_for(s, rc);
    return 0;
}

static int store_handle(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    const struct assoc_ctx *ctx = assoc_context(s->as, ctx_id);
    uint16_t status;
    int rc;

    if (cmd->dataset_type == DIMSE_NO_DATASET)
        return session_respond(s, cmd, ctx_id, STATUS_CANNOT_UNDERSTAND);
    if (!(cmd->present & DIMSE_F_SOP_CLASS) || !(cmd->present & DIMSE_F_SOP_INSTANCE) ||
        !cmd->sop_class[0] || !cmd->sop_instance[0]) {
        log_warn("%s C-STORE without valid SOP class and instance UIDs", s->tag);
        rc = session_drain_dataset(s, cmd, ctx_id);
        return rc ? rc : session_respond(s, cmd, ctx_id, STATUS_CANNOT_UNDERSTAND);
    }
    /* The data set must be of the class its presentation context was
     * negotiated for: the transfer syntax and our acceptance rest on it. */
    if (strcmp(cmd->sop_class, ctx->abstract_syntax) != 0) {
        log_warn("%s C-STORE of SOP class %s on a context for %s refused", s->tag, cmd->sop_class,
                 ctx->abstract_syntax);
        rc = session_drain_dataset(s, cmd, ctx_id);
        return rc ? rc : session_respond(s, cmd, ctx_id, STATUS_SOP_CLASS_NOT_SUPPORTED);
    }
    rc = receive(s, state, cmd, ctx_id, &status);
    if (rc == 0)
        rc = session_respond(s, cmd, ctx_id, status);
    /* The peer reads the response and sends the next image meanwhile. */
    if (rc == 0)
        ingest_prepare(state);
    return rc;
}

const struct service store_service = {
    "Storage", DIMSE_C_STORE_RQ, store_setup, store_handle, store_cleanup,
};
