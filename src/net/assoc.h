/* A DICOM association over a TCP socket, as acceptor (the server) or as
 * requestor (C-MOVE sub-operations, tests): negotiation, the PDU stream with
 * timeouts, P-DATA fragmentation to the peer's maximum PDU length, release
 * and abort. Owns one receive buffer of our maximum PDU length, allocated
 * once; nothing is allocated per PDU. DIMSE messages are dimse.h's. */
#ifndef DG_NET_ASSOC_H
#define DG_NET_ASSOC_H

#include <stddef.h>
#include <stdint.h>

#include "net/pdu.h"

struct sop_list;
struct assoc;

/* A negotiated presentation context. */
struct assoc_ctx {
    uint8_t id;
    uint8_t result; /* enum pdu_pctx_result */
    char abstract_syntax[PDU_UID_MAX + 1];
    char ts[PDU_UID_MAX + 1]; /* the accepted transfer syntax */
    uint8_t scu_role;         /* role selection answered: the requestor may act as SCU */
    uint8_t scp_role;         /* ... the requestor may act as SCP (C-GET sub-operations) */
};

/* A-ASSOCIATE-RJ values (PS3.8 9.3.4). */
#define RJ_PERMANENT 1
#define RJ_TRANSIENT 2
#define RJ_SOURCE_USER 1
#define RJ_SOURCE_ACSE 2
#define RJ_SOURCE_PRESENTATION 3
#define RJ_USER_NO_REASON 1
#define RJ_USER_APP_CONTEXT 2
#define RJ_USER_CALLING_AE 3
#define RJ_USER_CALLED_AE 7
#define RJ_ACSE_PROTOCOL_VERSION 2
#define RJ_PRESENTATION_LOCAL_LIMIT 2

/* A-ABORT sources and the service provider's reasons (PS3.8 9.3.8). */
#define ABORT_SOURCE_USER 0
#define ABORT_SOURCE_PROVIDER 2
#define ABORT_NO_REASON 0
#define ABORT_UNRECOGNIZED_PDU 1
#define ABORT_UNEXPECTED_PDU 2
#define ABORT_INVALID_PARAMETER 6

#define DICOM_APPLICATION_CONTEXT "1.2.840.10008.3.1.1.1"

/* Set TCP_NODELAY (and the read/write timeout, seconds, 0 = none) on fd. */
int assoc_socket_setup(int fd, int timeout_s);

/* Acceptor, step 1: read the A-ASSOCIATE-RQ from fd into *rq, all of it
 * within artim_s seconds (the ARTIM timer). A malformed or unexpected PDU is answered
 * with A-ABORT; an A-ABORT is not. Returns 0, DG_ETIMEOUT, DG_ECLOSED,
 * DG_EABORTED, DG_EPROTO, DG_EPARSE, DG_ETRUNC, DG_ETOOBIG or -errno. */
int assoc_read_request(int fd, int artim_s, struct pdu_assoc *rq);

/* Acceptor: send A-ASSOCIATE-RJ and close nothing. */
int assoc_send_reject(int fd, uint8_t result, uint8_t source, uint8_t reason);

/* Pure negotiation: the A-ASSOCIATE-AC answering rq, given what the list
 * accepts. Storage contexts keep a proposed compressed (or deflated) syntax
 * as is; otherwise Explicit VR LE, then Implicit VR LE, then Explicit VR BE.
 * Role selection for listed abstract syntaxes is answered once per class
 * with the proposed roles, the requestor's SCP role only for storage; the
 * asynchronous operations window is answered 1/1. Returns the number of
 * accepted contexts; when it is 0 (also for an application context that is
 * not DICOM's, or a maximum PDU length too small for any data), the caller
 * rejects with *reject_reason (may be NULL; RJ_USER_*). */
int assoc_negotiate(const struct pdu_assoc *rq, const struct sop_list *sops, uint32_t max_pdu,
                    struct pdu_assoc *ac, uint8_t *reject_reason);

/* Acceptor, step 2: send the AC and make the association object, which
 * owns fd from now on (also on failure). ac->max_pdu (not 0) sizes our
 * receive buffer. */
int assoc_accept(int fd, const struct pdu_assoc *ac, uint32_t peer_max, struct assoc **out);

/* Requestor: fill rq with our identity, the DICOM application context and
 * no contexts yet. */
void assoc_rq_init(struct pdu_assoc *rq, const char *calling_ae, const char *called_ae,
                   uint32_t max_pdu);
/* Add a context proposing n_ts transfer syntaxes. Returns the context ID
 * (odd, 1..255), DG_ETOOBIG (128 contexts already) or -EINVAL. */
int assoc_rq_add(struct pdu_assoc *rq, const char *abstract_syntax, const char *const *ts,
                 int n_ts);
/* Propose SCP/SCU role selection for an abstract syntax (C-GET: scp = 1). */
int assoc_rq_add_role(struct pdu_assoc *rq, const char *abstract_syntax, int scu, int scp);

/* Requestor: connect to host:port, send rq (its max_pdu, not 0, sizes our
 * receive buffer), wait for the answer: all of it within timeout_s seconds
 * (0: no limit), which also bounds each later read. An RJ gives
 * DG_EREJECTED with its three bytes in rj (may be NULL). */
int assoc_request(const char *host, int port, const struct pdu_assoc *rq, int timeout_s,
                  struct assoc **out, uint8_t rj[3]);

/* The next PDV from the peer: reads P-DATA-TF PDUs as needed. The PDV's data
 * points into the association's buffer until the next call. An
 * A-RELEASE-RQ is answered with A-RELEASE-RP and gives DG_ECLOSED; an
 * A-ABORT gives DG_EABORTED; a PDV for a context that was not accepted or
 * any other PDU aborts the association (DG_EPROTO). */
int assoc_next_pdv(struct assoc *as, struct pdu_pdv *pdv);

/* Whether something from the peer can be read now without waiting for it:
 * 1 when PDVs of the last P-DATA-TF are still unread in our buffer (a PDU
 * may carry the end of one message and the start of the next) or the socket
 * is readable, which includes a peer that closed or reset it (the next read
 * reports that); 0 when not; -errno when poll fails. Never blocks. A service
 * asks it between results to hear a C-CANCEL-RQ without stopping to wait.
 * Once it said 1, the next read waits at most TCPIPTimeOut for the rest of
 * a PDU the peer began to send. */
int assoc_pdu_waiting(struct assoc *as);

/* Send n bytes as PDVs of context ctx_id (PDV_COMMAND in `command`), cut to
 * fit the peer's maximum PDU length (ours when it announced none), each PDU
 * in one write. PDV_LAST is set on the final fragment when `last`, so a
 * message may be sent in pieces of any size; an empty piece is sent only
 * when it is the last. */
int assoc_send(struct assoc *as, uint8_t ctx_id, int command, const void *p, size_t n, int last);

/* Requestor: A-RELEASE-RQ and wait for the RP. */
int assoc_release(struct assoc *as);
/* Send A-ABORT (ABORT_SOURCE_*, ABORT_*). */
void assoc_abort(struct assoc *as, uint8_t source, uint8_t reason);
/* Close the socket and free; NULL is fine. */
void assoc_free(struct assoc *as);

/* 1 once the peer asked for a release (DG_ECLOSED after an A-RELEASE-RQ
 * rather than a dropped connection). */
int assoc_released(const struct assoc *as);
const char *assoc_calling_ae(const struct assoc *as);
const char *assoc_called_ae(const struct assoc *as);
/* The peer's maximum PDU length (0 = unlimited) and ours. */
uint32_t assoc_peer_max_pdu(const struct assoc *as);
uint32_t assoc_our_max_pdu(const struct assoc *as);
int assoc_context_count(const struct assoc *as);
const struct assoc_ctx *assoc_context_at(const struct assoc *as, int i);
/* The accepted context with this ID, or NULL. */
const struct assoc_ctx *assoc_context(const struct assoc *as, uint8_t id);
/* Requestor: an accepted context for abstract_syntax (and ts, when not
 * NULL), or NULL. */
const struct assoc_ctx *assoc_find_context(const struct assoc *as, const char *abstract_syntax,
                                           const char *ts);

#endif
