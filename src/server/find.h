/* What the two C-FIND services share (find.c): their per-association
 * state, and the steps around the plan of a query — the request checked
 * (an identifier follows; the SOP class is its context's and one of the
 * model's), the identifier read and decoded, each match answered with a
 * pending response as it comes (C-CANCEL looked for between them), the
 * final status and the PacsUser.log line. Internal to src/server. */
#ifndef DG_SERVER_FIND_H
#define DG_SERVER_FIND_H

#include "core/query.h"
#include "server/session.h"

#include <stddef.h>
#include <stdint.h>

#define STATUS_FIND_UNABLE 0xC001 /* Conquest's "unable to process" */

struct find_model {
    const char *const *classes; /* the SOP classes answered */
    size_t nclasses;
    /* Plan the query of identifier id into *q; *what names it for logs
     * ("STUDY", "WORKLIST"). Returns 0, or the status to answer (after
     * logging why). */
    uint16_t (*plan)(struct session *s, const struct ds *id, struct qr_query **q,
                     const char **what);
};

int find_setup(struct session *s, void **state);
void find_cleanup(void *state);

/* Serve one C-FIND-RQ of the model; a service's handle hook. */
int find_serve(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id,
               const struct find_model *model);

/* The status for the result rc of qr_plan (0 for 0), logged. */
uint16_t find_plan_status(const struct session *s, const char *what, int rc);

#endif
