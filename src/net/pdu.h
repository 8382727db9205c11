/* The DICOM upper layer PDUs (PS3.8 section 9): encoding and decoding as pure
 * functions over byte buffers, with no sockets and no allocation, so that they
 * can be unit tested and fuzzed alone. The association state machine that
 * sends and receives them lives in assoc.c. */
#ifndef DG_NET_PDU_H
#define DG_NET_PDU_H

#include <stddef.h>
#include <stdint.h>

enum pdu_type {
    PDU_ASSOCIATE_RQ = 0x01,
    PDU_ASSOCIATE_AC = 0x02,
    PDU_ASSOCIATE_RJ = 0x03,
    PDU_DATA_TF = 0x04,
    PDU_RELEASE_RQ = 0x05,
    PDU_RELEASE_RP = 0x06,
    PDU_ABORT = 0x07,
};

#define PDU_HEADER_LEN 6
#define PDU_PDV_HEADER_LEN 6 /* item length (4), context ID, message control header */
#define PDU_UID_MAX 64
#define PDU_AE_LEN 16
#define PDU_MAX_CONTEXTS 128 /* odd IDs 1..255 */
/* Transfer syntaxes kept per proposed context; further ones are skipped (we
 * accept only 13 in all, and a context proposing more is still usable). */
#define PDU_MAX_TS 24
#define PDU_MAX_ROLES PDU_MAX_CONTEXTS

/* Presentation context results in an A-ASSOCIATE-AC (PS3.8 9.3.3.2). */
enum pdu_pctx_result {
    PCTX_ACCEPTED = 0,
    PCTX_USER_REJECTED = 1,
    PCTX_NO_REASON = 2,
    PCTX_ABSTRACT_NOT_SUPPORTED = 3,
    PCTX_TS_NOT_SUPPORTED = 4,
};

/* P-DATA-TF message control header bits. */
#define PDV_COMMAND 0x01
#define PDV_LAST 0x02

struct pdu_pctx {
    uint8_t id;
    uint8_t result;                        /* AC only */
    char abstract_syntax[PDU_UID_MAX + 1]; /* RQ only */
    int n_ts;                              /* RQ: proposed (capped); AC: 1 */
    char ts[PDU_MAX_TS][PDU_UID_MAX + 1];
};

struct pdu_role {
    char sop_class[PDU_UID_MAX + 1];
    uint8_t scu;
    uint8_t scp;
};

/* The variable part of an A-ASSOCIATE-RQ or -AC. AE titles are kept without
 * their padding spaces. */
struct pdu_assoc {
    char called_ae[PDU_AE_LEN + 1];
    char calling_ae[PDU_AE_LEN + 1];
    char app_context[PDU_UID_MAX + 1];
    int n_pctx;
    struct pdu_pctx pctx[PDU_MAX_CONTEXTS];
    uint32_t max_pdu; /* 0 = no limit announced */
    char impl_class_uid[PDU_UID_MAX + 1];
    char impl_version[PDU_AE_LEN + 1];
    int has_async;
    uint16_t max_ops_invoked;
    uint16_t max_ops_performed;
    int n_roles;
    struct pdu_role roles[PDU_MAX_ROLES];
};

/* One presentation data value inside a P-DATA-TF body. */
struct pdu_pdv {
    uint8_t ctx_id;
    uint8_t control; /* PDV_COMMAND | PDV_LAST */
    const uint8_t *data;
    size_t len;
};

/* Check a PDU header: a known type and a body length at most max_len.
 * Returns 0, DG_EPROTO (unknown type) or DG_ETOOBIG. */
int pdu_parse_header(const uint8_t hdr[PDU_HEADER_LEN], uint32_t max_len, uint8_t *type,
                     uint32_t *len);

/* Decode the body (after the 6-byte header) of an A-ASSOCIATE-RQ or -AC.
 * Returns 0, DG_ETRUNC, DG_EPARSE, DG_EPROTO or DG_ETOOBIG (> 128 contexts). */
int pdu_decode_associate(uint8_t type, const uint8_t *body, size_t len, struct pdu_assoc *out);

/* Encode a whole A-ASSOCIATE-RQ or -AC (header included) into out[cap]. For
 * the AC, each context's result and its single ts[0] are sent, and the
 * roles listed are answered. Returns 0 and *len, or DG_ETOOBIG / -EINVAL. */
int pdu_encode_associate(uint8_t type, const struct pdu_assoc *a, uint8_t *out, size_t cap,
                         size_t *len);

/* A-ASSOCIATE-RJ, A-ABORT, A-RELEASE-RQ/RP: always 10 bytes. */
#define PDU_SHORT_LEN 10
void pdu_encode_reject(uint8_t out[PDU_SHORT_LEN], uint8_t result, uint8_t source, uint8_t reason);
void pdu_encode_abort(uint8_t out[PDU_SHORT_LEN], uint8_t source, uint8_t reason);
void pdu_encode_release(uint8_t out[PDU_SHORT_LEN], uint8_t type);
/* The three bytes of an RJ or the last two of an A-ABORT body (length 4). */
int pdu_decode_short(const uint8_t *body, size_t len, uint8_t *b1, uint8_t *b2, uint8_t *b3);

/* The 12 bytes that start a P-DATA-TF carrying one PDV of data_len bytes. */
#define PDU_DATA_HEADER_LEN (PDU_HEADER_LEN + PDU_PDV_HEADER_LEN)
void pdu_encode_data_header(uint8_t out[PDU_DATA_HEADER_LEN], uint8_t ctx_id, uint8_t control,
                            uint32_t data_len);

/* Iterate the PDVs of a P-DATA-TF body: *off starts at 0. Returns 1 with
 * *pdv filled, 0 at the end of the body, or DG_EPARSE / DG_ETRUNC. */
int pdu_next_pdv(const uint8_t *body, size_t len, size_t *off, struct pdu_pdv *pdv);

#endif
