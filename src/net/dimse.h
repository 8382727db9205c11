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
    DIMSE_F_COUNTS = 1u << 8,        /* (0000,1020..1023) sub-operation counts */
    DIMSE_F_ORIGINATOR = 1u << 9,    /* (0000,1030/1031) move originator AE and ID */
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
 * buffer, allocated once. */
struct dimse {
    struct assoc *as;
    struct buf cmd_in;
    struct buf cmd_out;
};

void dimse_init(struct dimse *d, struct assoc *as);
void dimse_free(struct dimse *d);

/* Receive the next command (all its PDVs) on any accepted context.
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

#endif
