/* DIMSE command sets and the message exchange; see dimse.h. Command sets
 * are datasets of group 0000 encoded with the data layer's encoding module (encoding.c). */
#include "net/dimse.h"
#include "dicom/encoding.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/pdu.h"
#include "util/error.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define T(e) DICT_TAG(0x0000, e)

/* Fields of a command set that are strings: tag, VR, flag, offset. */
static const struct {
    uint32_t tag;
    enum vr vr;
    uint32_t flag;
    size_t offset;
    size_t size;
} string_fields[] = {
    {T(0x0002), VR_UI, DIMSE_F_SOP_CLASS, offsetof(struct dimse_cmd, sop_class), 65},
    {T(0x0600), VR_AE, DIMSE_F_MOVE_DEST, offsetof(struct dimse_cmd, move_destination), 17},
    {T(0x0902), VR_LO, DIMSE_F_ERROR_COMMENT, offsetof(struct dimse_cmd, error_comment), 65},
    {T(0x1000), VR_UI, DIMSE_F_SOP_INSTANCE, offsetof(struct dimse_cmd, sop_instance), 65},
    {T(0x1030), VR_AE, DIMSE_F_ORIGINATOR, offsetof(struct dimse_cmd, originator_ae), 17},
};

/* Fields that are US numbers. */
static const struct {
    uint32_t tag;
    uint32_t flag; /* 0: always present */
    size_t offset;
} number_fields[] = {
    {T(0x0100), 0, offsetof(struct dimse_cmd, command)},
    {T(0x0110), DIMSE_F_MESSAGE_ID, offsetof(struct dimse_cmd, message_id)},
    {T(0x0120), DIMSE_F_RESPONDED_ID, offsetof(struct dimse_cmd, responded_id)},
    {T(0x0700), DIMSE_F_PRIORITY, offsetof(struct dimse_cmd, priority)},
    {T(0x0800), 0, offsetof(struct dimse_cmd, dataset_type)},
    {T(0x0900), DIMSE_F_STATUS, offsetof(struct dimse_cmd, status)},
    {T(0x1020), DIMSE_F_REMAINING, offsetof(struct dimse_cmd, remaining)},
    {T(0x1021), DIMSE_F_COUNTS, offsetof(struct dimse_cmd, completed)},
    {T(0x1022), DIMSE_F_COUNTS, offsetof(struct dimse_cmd, failed)},
    {T(0x1023), DIMSE_F_COUNTS, offsetof(struct dimse_cmd, warning)},
    {T(0x1031), DIMSE_F_ORIGINATOR, offsetof(struct dimse_cmd, originator_id)},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

int dimse_encode(const struct dimse_cmd *cmd, struct buf *out)
{
    struct ds *ds = ds_new();
    int rc = 0;

    if (!ds)
        return -ENOMEM;
    for (size_t i = 0; i < COUNT(string_fields) && rc == 0; i++) {
        if (cmd->present & string_fields[i].flag)
            rc = ds_set_string(ds, string_fields[i].tag, string_fields[i].vr,
                               (const char *)cmd + string_fields[i].offset);
    }
    for (size_t i = 0; i < COUNT(number_fields) && rc == 0; i++) {
        if (!number_fields[i].flag || (cmd->present & number_fields[i].flag)) {
            uint16_t v;
            memcpy(&v, (const char *)cmd + number_fields[i].offset, sizeof v);
            rc = ds_set_u16(ds, number_fields[i].tag, v);
        }
    }
    if (rc == 0)
        rc = enc_set_group_lengths(ds, 1);
    if (rc == 0)
        rc = enc_encode(ds, ts_implicit_le(), out);
    ds_free(ds);
    return rc;
}

int dimse_decode(const uint8_t *p, size_t len, struct dimse_cmd *cmd)
{
    struct ds *ds = ds_new();
    int rc;

    memset(cmd, 0, sizeof *cmd);
    if (!ds)
        return -ENOMEM;
    rc = enc_decode(p, len, ts_implicit_le(), NULL, ds, NULL);
    if (rc) {
        rc = rc == -ENOMEM ? rc : DG_EPARSE;
        goto done;
    }
    for (size_t i = 0; i < COUNT(string_fields); i++) {
        char *dst = (char *)cmd + string_fields[i].offset;
        int r = ds_get_string(ds, string_fields[i].tag, dst, string_fields[i].size);

        if (r == 0) {
            cmd->present |= string_fields[i].flag;
        } else if (r == DG_ETOOBIG) {
            dst[0] = '\0';
            cmd->present |= string_fields[i].flag;
            cmd->invalid |= string_fields[i].flag;
        } else if (r != DG_ENOTFOUND) {
            rc = DG_EPARSE;
            goto done;
        }
    }
    for (size_t i = 0; i < COUNT(number_fields); i++) {
        uint16_t v;
        int r = ds_get_u16(ds, number_fields[i].tag, 0, &v);

        if (r == 0) {
            memcpy((char *)cmd + number_fields[i].offset, &v, sizeof v);
            cmd->present |= number_fields[i].flag;
        } else if (r != DG_ENOTFOUND || !number_fields[i].flag) {
            rc = DG_EPARSE; /* wrong size, or CommandField / DataSetType missing */
            goto done;
        }
    }
done:
    ds_free(ds);
    return rc;
}

void dimse_response(const struct dimse_cmd *rq, uint16_t status, struct dimse_cmd *rsp)
{
    memset(rsp, 0, sizeof *rsp);
    rsp->command = (uint16_t)(rq->command | 0x8000);
    rsp->dataset_type = DIMSE_NO_DATASET;
    rsp->responded_id = rq->message_id;
    rsp->status = status;
    rsp->present = DIMSE_F_RESPONDED_ID | DIMSE_F_STATUS;
    if (rq->present & DIMSE_F_SOP_CLASS) {
        memcpy(rsp->sop_class, rq->sop_class, sizeof rsp->sop_class);
        rsp->present |= DIMSE_F_SOP_CLASS;
    }
    if (rq->command == DIMSE_C_STORE_RQ && (rq->present & DIMSE_F_SOP_INSTANCE)) {
        memcpy(rsp->sop_instance, rq->sop_instance, sizeof rsp->sop_instance);
        rsp->present |= DIMSE_F_SOP_INSTANCE;
    }
}

const char *dimse_command_name(uint16_t command)
{
    switch (command) {
    case DIMSE_C_STORE_RQ:
        return "C-STORE-RQ";
    case DIMSE_C_STORE_RSP:
        return "C-STORE-RSP";
    case DIMSE_C_GET_RQ:
        return "C-GET-RQ";
    case DIMSE_C_GET_RSP:
        return "C-GET-RSP";
    case DIMSE_C_FIND_RQ:
        return "C-FIND-RQ";
    case DIMSE_C_FIND_RSP:
        return "C-FIND-RSP";
    case DIMSE_C_MOVE_RQ:
        return "C-MOVE-RQ";
    case DIMSE_C_MOVE_RSP:
        return "C-MOVE-RSP";
    case DIMSE_C_ECHO_RQ:
        return "C-ECHO-RQ";
    case DIMSE_C_ECHO_RSP:
        return "C-ECHO-RSP";
    case DIMSE_C_CANCEL_RQ:
        return "C-CANCEL-RQ";
    default:
        return "unknown command";
    }
}

void dimse_init(struct dimse *d, struct assoc *as)
{
    memset(d, 0, sizeof *d);
    d->as = as;
    buf_init(&d->cmd_in, DIMSE_MAX_COMMAND);
    buf_init(&d->cmd_out, DIMSE_MAX_COMMAND);
}

void dimse_free(struct dimse *d)
{
    buf_free(&d->cmd_in);
    buf_free(&d->cmd_out);
    free(d->chunk);
    d->chunk = NULL;
    d->chunk_size = 0;
}

static int protocol_error(struct dimse *d, int rc)
{
    assoc_abort(d->as, ABORT_SOURCE_PROVIDER, ABORT_INVALID_PARAMETER);
    return rc;
}

static int recv_command(struct dimse *d, struct dimse_cmd *cmd, uint8_t *ctx_id)
{
    struct pdu_pdv pdv;
    int first = 1;
    int rc;

    buf_reset(&d->cmd_in);
    for (;;) {
        rc = assoc_next_pdv(d->as, &pdv);
        if (rc)
            return rc;
        if (!(pdv.control & PDV_COMMAND) || (!first && pdv.ctx_id != *ctx_id))
            return protocol_error(d, DG_EPROTO);
        *ctx_id = pdv.ctx_id;
        first = 0;
        rc = buf_append(&d->cmd_in, pdv.data, pdv.len);
        if (rc)
            return protocol_error(d, rc);
        if (pdv.control & PDV_LAST)
            break;
    }
    rc = dimse_decode(d->cmd_in.data, d->cmd_in.len, cmd);
    if (rc)
        return protocol_error(d, rc);
    return 0;
}

int dimse_recv_command(struct dimse *d, struct dimse_cmd *cmd, uint8_t *ctx_id)
{
    d->cancel_heard = 0;
    return recv_command(d, cmd, ctx_id);
}

int dimse_recv_dataset(struct dimse *d, uint8_t ctx_id, dimse_sink sink, void *arg)
{
    struct pdu_pdv pdv;
    int sink_rc = 0;
    int rc;

    for (;;) {
        rc = assoc_next_pdv(d->as, &pdv);
        if (rc)
            return rc;
        if ((pdv.control & PDV_COMMAND) || pdv.ctx_id != ctx_id)
            return protocol_error(d, DG_EPROTO);
        if (sink_rc == 0 && pdv.len > 0)
            sink_rc = sink(arg, pdv.data, pdv.len);
        if (pdv.control & PDV_LAST)
            return sink_rc;
    }
}

int dimse_send_command(struct dimse *d, uint8_t ctx_id, const struct dimse_cmd *cmd)
{
    int rc;

    buf_reset(&d->cmd_out);
    rc = dimse_encode(cmd, &d->cmd_out);
    if (rc)
        return rc;
    return assoc_send(d->as, ctx_id, 1, d->cmd_out.data, d->cmd_out.len, 1);
}

int dimse_send_data(struct dimse *d, uint8_t ctx_id, const void *p, size_t n, int last)
{
    return assoc_send(d->as, ctx_id, 0, p, n, last);
}

/* Copy a caller's string of 1..size-1 characters into a command field. */
static int set_field(char *dst, size_t size, const char *src)
{
    if (!src || !src[0] || strlen(src) >= size)
        return -EINVAL;
    memcpy(dst, src, strlen(src) + 1);
    return 0;
}

/* The C-STORE-RQ command set for rq, or -EINVAL. */
static int store_command(const struct dimse_store_rq *rq, struct dimse_cmd *cmd)
{
    int rc;

    memset(cmd, 0, sizeof *cmd);
    cmd->command = DIMSE_C_STORE_RQ;
    cmd->dataset_type = DIMSE_HAS_DATASET;
    cmd->message_id = rq->message_id;
    cmd->priority = rq->priority;
    cmd->present = DIMSE_F_SOP_CLASS | DIMSE_F_SOP_INSTANCE | DIMSE_F_MESSAGE_ID | DIMSE_F_PRIORITY;
    rc = set_field(cmd->sop_class, sizeof cmd->sop_class, rq->sop_class);
    if (rc == 0)
        rc = set_field(cmd->sop_instance, sizeof cmd->sop_instance, rq->sop_instance);
    if (rc == 0 && rq->originator_ae) {
        rc = set_field(cmd->originator_ae, sizeof cmd->originator_ae, rq->originator_ae);
        cmd->originator_id = rq->originator_id;
        cmd->present |= DIMSE_F_ORIGINATOR;
    }
    return rc;
}

/* The data bytes of one PDV we send: the peer's limit or ours, whichever is
 * smaller (the peer's may be 0, unlimited, or larger than the memory we
 * want to spend), less the PDV header, and even. */
static size_t pdv_data_max(const struct assoc *as)
{
    uint32_t limit = assoc_our_max_pdu(as);
    uint32_t peer = assoc_peer_max_pdu(as);

    if (peer != 0 && peer < limit)
        limit = peer;
    if (limit < PDU_PDV_HEADER_LEN + 2)
        return 0;
    return (limit - PDU_PDV_HEADER_LEN) & ~(size_t)1;
}

/* Fill d->chunk from `source` up to `want` bytes or the end of the data. */
static int fill_chunk(struct dimse *d, size_t *have, size_t want, dimse_source source, void *arg,
                      int *end)
{
    while (!*end && *have < want) {
        size_t n = 0;
        int rc = source(arg, d->chunk + *have, want - *have, &n);

        if (rc)
            return rc;
        if (n > want - *have)
            return -EINVAL; /* a source writing past what it was given */
        if (n == 0)
            *end = 1;
        *have += n;
    }
    return 0;
}

int dimse_send_store(struct dimse *d, uint8_t ctx_id, const struct dimse_store_rq *rq,
                     dimse_source source, void *arg)
{
    struct dimse_cmd cmd;
    size_t frag = pdv_data_max(d->as), have = 0;
    int end = 0, rc;

    rc = store_command(rq, &cmd);
    if (rc)
        return rc;
    if (!assoc_context(d->as, ctx_id))
        return -EINVAL;
    if (frag == 0)
        return DG_EPROTO;
    /* Two bytes beyond one PDV's worth tell whether more follows, so that
     * the final PDV carries data and PDV_LAST, never an empty PDV of its own. */
    if (d->chunk_size < frag + 2) {
        uint8_t *p = realloc(d->chunk, frag + 2);

        if (!p)
            return -ENOMEM;
        d->chunk = p;
        d->chunk_size = frag + 2;
    }
    rc = fill_chunk(d, &have, frag + 2, source, arg, &end);
    if (rc)
        return rc;
    rc = dimse_send_command(d, ctx_id, &cmd);
    if (rc)
        return rc;
    while (!end) {
        rc = assoc_send(d->as, ctx_id, 0, d->chunk, frag, 0);
        if (rc)
            return rc;
        memmove(d->chunk, d->chunk + frag, have - frag);
        have -= frag;
        rc = fill_chunk(d, &have, frag + 2, source, arg, &end);
        if (rc) {
            assoc_abort(d->as, ABORT_SOURCE_USER, ABORT_NO_REASON);
            return rc;
        }
    }
    /* At most frag + 2 bytes are left: assoc_send cuts them to the peer's
     * limit, with PDV_LAST on the final piece. */
    return assoc_send(d->as, ctx_id, 0, d->chunk, have, 1);
}

static int drop_bytes(void *arg, const uint8_t *p, size_t n)
{
    (void)arg;
    (void)p;
    (void)n;
    return 0;
}

int dimse_recv_store_rsp(struct dimse *d, uint16_t message_id, struct dimse_cmd *rsp)
{
    for (;;) {
        uint8_t ctx_id = 0;
        int rc = recv_command(d, rsp, &ctx_id);

        if (rc)
            return rc;
        if (rsp->command == DIMSE_C_CANCEL_RQ) {
            /* The peer's SCU half cancels the C-GET while its SCP half
             * still owes the response to the sub-operation it received. */
            d->cancel_heard = 1;
            d->cancel_id = rsp->responded_id;
            continue;
        }
        if (rsp->command != DIMSE_C_STORE_RSP || !(rsp->present & DIMSE_F_STATUS) ||
            rsp->responded_id != message_id)
            return protocol_error(d, DG_EPROTO);
        /* A C-STORE-RSP has no dataset; should one be announced, it is read
         * and dropped so that the association stays in step. */
        if (rsp->dataset_type != DIMSE_NO_DATASET)
            return dimse_recv_dataset(d, ctx_id, drop_bytes, NULL);
        return 0;
    }
}

int dimse_cancel_requested(struct dimse *d, uint16_t message_id)
{
    for (;;) {
        struct dimse_cmd cmd;
        uint8_t ctx_id = 0;
        int rc;

        if (d->cancel_heard) {
            d->cancel_heard = 0;
            if (d->cancel_id == message_id)
                return 1;
        }
        rc = assoc_pdu_waiting(d->as);
        if (rc <= 0)
            return rc;
        rc = recv_command(d, &cmd, &ctx_id);
        if (rc)
            return rc;
        if (cmd.command != DIMSE_C_CANCEL_RQ)
            return protocol_error(d, DG_EPROTO);
        d->cancel_heard = 1;
        d->cancel_id = cmd.responded_id;
    }
}
