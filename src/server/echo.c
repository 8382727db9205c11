/* The Verification service (C-ECHO SCP): always success, as Conquest. */
#include "server/service.h"
#include "server/session.h"

static int echo_handle(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    int rc = session_drain_dataset(s, cmd, ctx_id);

    (void)state;
    if (rc)
        return rc;
    return session_respond(s, cmd, ctx_id, STATUS_SUCCESS);
}

const struct service echo_service = {"Verification", DIMSE_C_ECHO_RQ, NULL, echo_handle, NULL};
