/* The Modality Worklist C-FIND SCP (1.2.840.10008.5.1.4.31): the orders of
 * the worklist table (filled by dgate --loadhl7) matched as C-FIND matches
 * (core/query.h, qr_plan_worklist), each answer carrying the Specific
 * Character Set WorkListReturnsISO_IR names and the Scheduled Procedure
 * Step keys in their sequence, as Conquest answers. Everything around the
 * plan, statuses included, is find.c's (find_serve). */
#include "config/config.h"
#include "core/query.h"
#include "server/find.h"
#include "server/service.h"
#include "util/error.h"
#include "util/log.h"

static const char *const worklist_classes[] = {"1.2.840.10008.5.1.4.31"};

static uint16_t plan_worklist(struct session *s, const struct ds *id, struct qr_query **q,
                              const char **what)
{
    int rc = qr_plan_worklist(s->srv->schema, id, s->cfg->worklist_iso_ir, q);

    *what = "WORKLIST";
    if (rc == DG_ECHARSET || rc == DG_EUNSUPPORTED) {
        if (rc == DG_ECHARSET)
            log_error("%s WorkListReturnsISO_IR = %d names no character set we know: status "
                      "0x%04x",
                      s->tag, s->cfg->worklist_iso_ir, STATUS_FIND_UNABLE);
        else
            log_error("%s dicom.sql's WorkList block has no column: status 0x%04x", s->tag,
                      STATUS_FIND_UNABLE);
        return STATUS_FIND_UNABLE;
    }
    return find_plan_status(s, *what, rc);
}

static const struct find_model worklist_model = {worklist_classes, 1, plan_worklist};

static int worklist_handle(struct session *s, void *state, const struct dimse_cmd *cmd,
                           uint8_t ctx_id)
{
    return find_serve(s, state, cmd, ctx_id, &worklist_model);
}

const struct service worklist_service = {"Worklist", DIMSE_C_FIND_RQ, find_setup, worklist_handle,
                                         find_cleanup};
