/* The Verification service (C-ECHO SCP): always success, as Conquest. */
#include "server/scp.h"

int echo_service(struct scp *s, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    int rc = scp_drain_dataset(s, cmd, ctx_id);

    if (rc)
        return rc;
    return scp_respond(s, cmd, ctx_id, STATUS_SUCCESS);
}
