/* DIMSE messages (PS3.7): command sets (group 0000, always Implicit VR LE)
 * for C-ECHO, C-STORE, C-FIND, C-MOVE, C-GET and C-CANCEL, and the message
 * exchange over an association: a command is collected in a bounded buffer;
 * a dataset streams PDV by PDV to a sink and is never gathered whole. */
#ifndef DG_NET_DIMSE_H
#define DG_NET_DIMSE_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

struct assoc;

enum dimse_command {
    DIMSE_C_STORE_RQ = 0x0001,
    DIMSE_C_STORE_RSP = 0x8001,
    DIMSE_C_GET_RQ = 0x0010,
    DIMSE_C_GET_RSP = 0x8010,
    DIMSE_C_FIND_RQ = 0x0020,
    DIMSE_C_FIND_RSP = 0x8020,
    DIMSE_C_MOVE_RQ = 0x0021,
    DIMSE_C_MOVE_RSP = 0x8021,
    DIMSE_C_ECHO_RQ = 0x0030,
    DIMSE_C_ECHO_RSP = 0x8030,
    DIMSE_C_CANCEL_RQ = 0x0FFF,
};

/* (0000,0800) CommandDataSetType: this value means "no dataset follows". */
#define DIMSE_NO_DATASET 0x0101
#define DIMSE_HAS_DATASET 0x0000

/* DICOM status codes used by the services. */
#define STATUS_SUCCESS 0x0000
#define STATUS_PENDING 0xFF00
#define STATUS_CANCEL 0xFE00
#define STATUS_OUT_OF_RESOURCES 0xA700
#define STATUS_DATASET_MISMATCH 0xA900
#define STATUS_CANNOT_UNDERSTAND 0xC000
#define STATUS_PROCESSING_FAILURE 0x0110
#define STATUS_SOP_CLASS_NOT_SUPPORTED 0x0122
#define STATUS_UNRECOGNIZED_OPERATION 0x0211

/* Which optional fields of struct dimse_cmd are present. */
enum {
    DIMSE_F_SOP_CLASS = 1u << 0,     /* (0000,0002) AffectedSOPClassUID */
    DIMSE_F_MESSAGE_ID = 1u << 1,    /* (0000,0110) */
    DIMSE_F_RESPONDED_ID = 1u << 2,  /* (0000,0120) MessageIDBeingRespondedTo */
    DIMSE_F_MOVE_DEST = 1u << 3,     /* (0000,0600) MoveDestination */
    DIMSE_F_PRIORITY = 1u << 4,      /* (0000,0700) */
    DIMSE_F_STATUS = 1u << 5,        /* (0000,0900) */
    DIMSE_F_ERROR_COMMENT = 1u << 6, /* (0000,0902) */
    DIMSE_F_SOP_INSTANCE = 1u << 7,  /* (0000,1000) AffectedSOPInstanceUID */
    DIMSE_F_COUNTS = 1u << 8,        /* (0000,1021..1023) completed, failed, warning */
    DIMSE_F_ORIGINATOR = 1u << 9,    /* (0000,1030/1031) move originator AE and ID */
    /* (0000,1020) remaining sub-operations: a flag of its own, since PS3.4
     * C.4.2.1.6 has it in pending (and cancel) responses only. */
    DIMSE_F_REMAINING = 1u << 10,
};

struct dimse_cmd {
    uint16_t command;      /* (0000,0100) enum dimse_command */
    uint16_t dataset_type; /* (0000,0800) */
    uint32_t present;      /* DIMSE_F_* */
    uint32_t invalid;      /* DIMSE_F_* of strings longer than their VR allows: present, "" */
    uint16_t message_id;
    uint16_t responded_id;
    uint16_t priority;
    uint16_t status;
    char sop_class[65];
    char sop_instance[65];
    char move_destination[17];
    char error_comment[65];
    uint16_t remaining, completed, failed, warning;
    char originator_ae[17];
    uint16_t originator_id;
};

/* The largest command set we collect (real ones are a few hundred bytes). */
#define DIMSE_MAX_COMMAND (64u * 1024)

/* Encode as Implicit VR LE with its group length, into out (appended).
 * Returns 0, -ENOMEM, DG_ETOOBIG. */
int dimse_encode(const struct dimse_cmd *cmd, struct buf *out);
/* Decode a command set. A string longer than its VR allows (a 65-character
 * UID, say) is not a malformed command: it reads as "" with its flag in both
 * `present` and `invalid`, so that the service answers with a status (0xC000,
 * 0xA801 for a move destination) and the association goes on. Returns 0,
 * DG_EPARSE (malformed, or no CommandField / CommandDataSetType) or -ENOMEM. */
int dimse_decode(const uint8_t *p, size_t len, struct dimse_cmd *cmd);

/* The response to `rq` with `status`: command | 0x8000, responded ID, SOP
 * class and (for C-STORE) instance copied, no dataset. */
void dimse_response(const struct dimse_cmd *rq, uint16_t status, struct dimse_cmd *rsp);

/* A printable name ("C-STORE-RQ") for logs. */
const char *dimse_command_name(uint16_t command);

/* Per-association DIMSE state: the bounded command buffer and the encode
 * buffer, allocated once; the send buffer of dimse_send_store, allocated at
 * its first use and kept; a C-CANCEL-RQ heard while a C-STORE-RSP was
 * awaited, until dimse_cancel_requested reports it. */
struct dimse {
    struct assoc *as;
    struct buf cmd_in;
    struct buf cmd_out;
    uint8_t *chunk;
    size_t chunk_size;
    int cancel_heard;
    uint16_t cancel_id; /* the MessageIDBeingRespondedTo of that C-CANCEL-RQ */
};

void dimse_init(struct dimse *d, struct assoc *as);
void dimse_free(struct dimse *d);

/* Receive the next command (all its PDVs) on any accepted context: a
 * request, a response (C-STORE-RSP of a C-GET sub-operation) or a
 * C-CANCEL-RQ. Between operations a C-CANCEL-RQ is read like any command;
 * it answers nothing then (it crossed the final response) and is ignored.
 * A C-CANCEL-RQ kept for dimse_cancel_requested is forgotten: a new command
 * is read, the operation it cancelled is over.
 * Returns 0, or the assoc_next_pdv errors (DG_ECLOSED at a release),
 * DG_EPROTO (a dataset PDV first, a PDV of another context mid-command),
 * DG_ETOOBIG, DG_EPARSE; on the last three the association is aborted. */
int dimse_recv_command(struct dimse *d, struct dimse_cmd *cmd, uint8_t *ctx_id);

/* The sink of a streamed dataset: called with each PDV's bytes in order.
 * A non-zero return stops the calls; the rest of the dataset is still read
 * and dropped, so the association stays usable, and the first error is
 * returned by dimse_recv_dataset. */
typedef int (*dimse_sink)(void *arg, const uint8_t *p, size_t n);

/* Receive the dataset that follows a command on ctx_id, feeding `sink`.
 * Returns 0, the sink's error (after draining), or an association error
 * (DG_ECLOSED, DG_EABORTED, DG_ETIMEOUT, DG_EPROTO ...). */
int dimse_recv_dataset(struct dimse *d, uint8_t ctx_id, dimse_sink sink, void *arg);

/* Send a command; when it announces a dataset, follow with dimse_send_data. */
int dimse_send_command(struct dimse *d, uint8_t ctx_id, const struct dimse_cmd *cmd);
/* Send dataset bytes; `last` on the final piece. */
int dimse_send_data(struct dimse *d, uint8_t ctx_id, const void *p, size_t n, int last);

/* Listening while a service works (C-FIND, C-MOVE, C-GET and C-CANCEL).
 * We answer the asynchronous operations window 1/1, so while an operation
 * runs the peer may send us only a C-CANCEL-RQ for it and, on a C-GET
 * association, the C-STORE-RSPs of its sub-operations:
 *
 *   for each result:
 *       rc = dimse_cancel_requested(d, rq->message_id);
 *       if (rc < 0) end the association (it is gone, or was aborted);
 *       if (rc == 1) answer the operation with STATUS_CANCEL and stop;
 *       send a pending response (C-FIND), or a sub-operation:
 *           dimse_send_store(...), then dimse_recv_store_rsp(...)
 *           (on the C-MOVE destination's association, or on this one for
 *           C-GET, where a C-CANCEL-RQ may come before the C-STORE-RSP:
 *           it is kept, and the next dimse_cancel_requested reports it).
 */

/* The source of a streamed dataset: put up to cap bytes (cap > 0) into p and
 * their count in *n, or *n = 0 at the end of the dataset. Fewer than cap
 * bytes is fine; they need not be the end. Returns 0 or a negative error. */
typedef int (*dimse_source)(void *arg, uint8_t *p, size_t cap, size_t *n);

/* A C-STORE-RQ to send: the instance, and for a C-MOVE sub-operation the
 * move's requestor (PS3.7 9.1.1). Strings are NUL-terminated. */
struct dimse_store_rq {
    const char *sop_class;     /* (0000,0002), 1..64 characters */
    const char *sop_instance;  /* (0000,1000), 1..64 characters */
    uint16_t message_id;       /* (0000,0110) */
    uint16_t priority;         /* (0000,0700): 0 medium, 1 high, 2 low */
    const char *originator_ae; /* (0000,1030) MoveOriginatorAE, 1..16; NULL: none */
    uint16_t originator_id;    /* (0000,1031) the C-MOVE-RQ's message ID */
};

/* Send a C-STORE-RQ on ctx_id and the dataset read from `source`, cut into
 * PDVs of even length that fit the peer's maximum PDU length and ours. The
 * dataset passes through one buffer of at most our maximum PDU length,
 * allocated at the first call and kept with d: memory does not grow with
 * the dataset. The source is first asked before anything is sent, so an
 * error then (a file that cannot be read) leaves the association as it
 * was; a later source error aborts the association, since a dataset cut
 * short cannot be ended any other way, and is returned. Returns 0, the
 * source's error, -EINVAL (a missing or overlong UID or AE, a context not
 * accepted), -ENOMEM, or the association's errors. */
int dimse_send_store(struct dimse *d, uint8_t ctx_id, const struct dimse_store_rq *rq,
                     dimse_source source, void *arg);

/* Wait for the C-STORE-RSP to our C-STORE-RQ message_id, read into *rsp: its
 * status, and the error comment when (rsp->present & DIMSE_F_ERROR_COMMENT).
 * Works on a requestor association (C-MOVE) and on an acceptor one (C-GET,
 * the peer acting as storage SCP). A C-CANCEL-RQ read meanwhile is kept for
 * dimse_cancel_requested. Returns 0, the association's errors, or DG_EPROTO
 * (any other command, a response to another message; the association is
 * aborted). */
int dimse_recv_store_rsp(struct dimse *d, uint16_t message_id, struct dimse_cmd *rsp);

/* Whether the peer cancelled the running operation message_id: 1 when a
 * C-CANCEL-RQ for it was kept by dimse_recv_store_rsp or is read now, 0 when
 * not. Reads only what assoc_pdu_waiting says is there, so it does not wait
 * for the peer. A C-CANCEL-RQ for another message ID cancels nothing that
 * runs and is ignored. Returns 1, 0, the association's errors, or DG_EPROTO
 * (any other command: the peer broke the operations window; the association
 * is aborted). */
int dimse_cancel_requested(struct dimse *d, uint16_t message_id);

#endif
