/* Associations over TCP: negotiation, the PDU stream, fragmentation; see
 * assoc.h. Timeouts are socket options (SO_RCVTIMEO / SO_SNDTIMEO) plus a
 * deadline per PDU: a read costs one system call, and neither a silent peer
 * nor one trickling a byte at a time can hold a thread much longer than
 * TCPIPTimeOut. */
#include "net/assoc.h"
#include "dicom/ident.h"
#include "dicom/ts.h"
#include "dicom/uid.h"
#include "net/sop_list.h"
#include "util/error.h"
#include "util/file.h"
#include "util/str.h"

#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

/* An A-ASSOCIATE-RQ may be larger than the P-DATA limit (128 contexts of
 * many transfer syntaxes); this is the most we read of one. */
#define ASSOC_RQ_MAX (256u * 1024)

struct assoc {
    int fd;
    uint32_t our_max;  /* the P-DATA body length we accept */
    uint32_t peer_max; /* what the peer accepts; 0 = no limit */
    char calling_ae[PDU_AE_LEN + 1];
    char called_ae[PDU_AE_LEN + 1];
    int n_ctx;
    struct assoc_ctx ctx[PDU_MAX_CONTEXTS];
    uint8_t *rbuf;    /* our_max bytes: the current PDU body */
    size_t pdata_len; /* body length of the P-DATA-TF in rbuf */
    size_t pdata_off; /* next PDV in it */
    int released;     /* an A-RELEASE-RQ came */
    int timeout_s;    /* the socket's SO_RCVTIMEO: the time allowed for a PDU */
};

int assoc_socket_setup(int fd, int timeout_s)
{
    int one = 1;
    struct timeval tv = {timeout_s, 0};

    if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0)
        return -errno;
    if (timeout_s > 0 && (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) != 0 ||
                          setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) != 0))
        return -errno;
    return 0;
}

/* Milliseconds until `deadline` (CLOCK_MONOTONIC), at least 0. */
static int ms_left(const struct timespec *deadline)
{
    struct timespec now;
    long long ms;

    clock_gettime(CLOCK_MONOTONIC, &now);
    ms = (long long)(deadline->tv_sec - now.tv_sec) * 1000 +
         (deadline->tv_nsec - now.tv_nsec) / 1000000;
    return ms < 0 ? 0 : ms > INT_MAX ? INT_MAX : (int)ms;
}

/* Read exactly n bytes, each recv waiting at most the socket's SO_RCVTIMEO.
 * With a deadline the whole read must also end by then, so that a peer
 * trickling a byte at a time cannot hold us. `poll_first` bounds every wait
 * by the deadline itself (the ARTIM timer, whatever the socket's timeout);
 * without it the recv blocks, one system call per read on the hot path, and
 * the deadline is checked after each partial read: the whole then takes at
 * most the deadline plus one SO_RCVTIMEO. */
static int read_full_by(int fd, uint8_t *p, size_t n, const struct timespec *deadline,
                        int poll_first)
{
    while (n > 0) {
        ssize_t r;

        if (poll_first && deadline) {
            struct pollfd pfd = {fd, POLLIN, 0};
            int ms = ms_left(deadline);
            int ready = ms > 0 ? poll(&pfd, 1, ms) : 0;

            if (ready == 0)
                return DG_ETIMEOUT;
            if (ready < 0) {
                if (errno == EINTR)
                    continue;
                return -errno;
            }
        }
        r = recv(fd, p, n, 0);
        if (r > 0) {
            p += r;
            n -= (size_t)r;
            if (n > 0 && deadline && ms_left(deadline) == 0)
                return DG_ETIMEOUT;
        } else if (r == 0) {
            return DG_ECLOSED;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return DG_ETIMEOUT;
        } else if (errno != EINTR) {
            return errno == ECONNRESET ? DG_ECLOSED : -errno;
        }
    }
    return 0;
}

/* Read n bytes of a PDU of `as` within its timeout. */
static int read_pdu_part(const struct assoc *as, uint8_t *p, size_t n)
{
    struct timespec deadline;

    if (as->timeout_s <= 0)
        return read_full_by(as->fd, p, n, NULL, 0);
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += as->timeout_s;
    return read_full_by(as->fd, p, n, &deadline, 0);
}

/* Write every byte of the vectors with one sendmsg when the kernel takes
 * them all (the usual case), never raising SIGPIPE. */
static int write_all(int fd, struct iovec *iov, int n)
{
    while (n > 0) {
        struct msghdr msg = {0};
        ssize_t w;

        msg.msg_iov = iov;
        msg.msg_iovlen = (size_t)n;
        w = sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return DG_ETIMEOUT;
            return errno == EPIPE || errno == ECONNRESET ? DG_ECLOSED : -errno;
        }
        file_iov_advance(&iov, &n, (size_t)w);
    }
    return 0;
}

static int write_buf(int fd, const void *p, size_t n)
{
    struct iovec iov = {(void *)p, n};
    return write_all(fd, &iov, 1);
}

static void send_abort_fd(int fd, uint8_t source, uint8_t reason)
{
    uint8_t pdu[PDU_SHORT_LEN];

    pdu_encode_abort(pdu, source, reason);
    (void)write_buf(fd, pdu, sizeof pdu);
}

/* The abort reason that fits a decoding error. */
static uint8_t abort_reason(int err)
{
    return err == DG_EPROTO ? ABORT_UNRECOGNIZED_PDU : ABORT_INVALID_PARAMETER;
}

int assoc_read_request(int fd, int artim_s, struct pdu_assoc *rq)
{
    uint8_t hdr[PDU_HEADER_LEN], type;
    uint32_t len;
    uint8_t *body = NULL;
    struct timespec deadline;
    int rc;

    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += artim_s;
    rc = read_full_by(fd, hdr, sizeof hdr, &deadline, 1);
    if (rc)
        return rc;
    rc = pdu_parse_header(hdr, ASSOC_RQ_MAX, &type, &len);
    if (rc == 0 && type == PDU_ABORT)
        return DG_EABORTED; /* PS3.8 AA-2: close, answer nothing */
    if (rc == 0 && type != PDU_ASSOCIATE_RQ) {
        send_abort_fd(fd, ABORT_SOURCE_PROVIDER, ABORT_UNEXPECTED_PDU);
        return DG_EPROTO;
    }
    if (rc) {
        /* An unknown type is an unrecognized PDU, a length beyond ours an
         * invalid parameter (PS3.8 9.3.8). */
        send_abort_fd(fd, ABORT_SOURCE_PROVIDER, abort_reason(rc));
        return rc;
    }
    body = malloc(len ? len : 1);
    if (!body)
        return -ENOMEM;
    rc = read_full_by(fd, body, len, &deadline, 1);
    if (rc == 0) {
        rc = pdu_decode_associate(type, body, len, rq);
        if (rc && rc != DG_EUNSUPPORTED)
            send_abort_fd(fd, ABORT_SOURCE_PROVIDER, abort_reason(rc));
    }
    free(body);
    return rc;
}

int assoc_send_reject(int fd, uint8_t result, uint8_t source, uint8_t reason)
{
    uint8_t pdu[PDU_SHORT_LEN];

    pdu_encode_reject(pdu, result, source, reason);
    return write_buf(fd, pdu, sizeof pdu);
}

static int is_encapsulated(const struct ts *t)
{
    return t->encapsulated;
}

static int is_deflated(const struct ts *t)
{
    return t->deflated;
}

/* A syntax every object we hold can be sent in without loss: uncompressed,
 * deflated or a lossless-only compression (we transcode into it). */
static int is_lossless(const struct ts *t)
{
    return !t->lossy;
}

/* The first syntax of the context, in its proposer's order, that we list
 * and that `kind` picks, or NULL. */
static const char *first_proposed(const struct pdu_pctx *c, const struct sop_list *sops,
                                  int (*kind)(const struct ts *))
{
    for (int i = 0; i < c->n_ts; i++) {
        const struct ts *t = ts_find(c->ts[i], strlen(c->ts[i]));
        if (t && kind(t) && sop_list_has(sops, SOP_KIND_TRANSFER, c->ts[i]))
            return c->ts[i];
    }
    return NULL;
}

static int proposed(const struct pdu_pctx *c, const char *uid)
{
    for (int i = 0; i < c->n_ts; i++) {
        if (strcmp(c->ts[i], uid) == 0)
            return 1;
    }
    return 0;
}

/* The transfer syntax we take for a proposed context, or NULL. Receiving
 * images (C-STORE), the sender's image compression comes first (the
 * original bytes are stored), then uncompressed, then Deflate, a coding of
 * the transfer only that would cost both sides zlib on every byte
 * (pynetdicom proposes it in every context). Sending them (the requester
 * took the SCP role for the class: C-GET), the first syntax in the
 * requester's order that every object can be sent in without loss; a lossy
 * one taken there could carry only the objects stored in it. */
static const char *choose_ts(const struct pdu_pctx *c, const struct sop_list *sops, int we_send)
{
    static const char *const uncompressed[] = {TS_EXPLICIT_LE, TS_IMPLICIT_LE, TS_EXPLICIT_BE};
    int storage = sop_class_is_storage(c->abstract_syntax);
    const char *ts = NULL;

    if (storage)
        ts = first_proposed(c, sops, we_send ? is_lossless : is_encapsulated);
    for (size_t i = 0; !ts && i < sizeof uncompressed / sizeof uncompressed[0]; i++) {
        if (proposed(c, uncompressed[i]) && sop_list_has(sops, SOP_KIND_TRANSFER, uncompressed[i]))
            ts = uncompressed[i];
    }
    if (!ts && storage)
        ts = first_proposed(c, sops, we_send ? is_encapsulated : is_deflated);
    return ts;
}

/* Whether the requester asked for the SCP role for `sop_class`: we may then
 * be the one who sends on its contexts (PS3.7 D.3.3.4), and the syntax
 * taken must carry whatever we hold, even where it may send too. */
static int requester_is_scp(const struct pdu_assoc *rq, const char *sop_class)
{
    for (int i = 0; i < rq->n_roles; i++) {
        if (strcmp(rq->roles[i].sop_class, sop_class) == 0)
            return rq->roles[i].scp;
    }
    return 0;
}

int assoc_negotiate(const struct pdu_assoc *rq, const struct sop_list *sops, uint32_t max_pdu,
                    struct pdu_assoc *ac, uint8_t *reject_reason)
{
    int accepted = 0;

    memset(ac, 0, sizeof *ac);
    str_copy(ac->called_ae, rq->called_ae, sizeof ac->called_ae);
    str_copy(ac->calling_ae, rq->calling_ae, sizeof ac->calling_ae);
    str_copy(ac->app_context, DICOM_APPLICATION_CONTEXT, sizeof ac->app_context);
    str_copy(ac->impl_class_uid, DICOM_IMPLEMENTATION_CLASS_UID, sizeof ac->impl_class_uid);
    str_copy(ac->impl_version, DICOM_IMPLEMENTATION_VERSION_NAME, sizeof ac->impl_version);
    ac->max_pdu = max_pdu;
    if (rq->has_async) {
        /* We perform one operation at a time (PS3.7 D.3.3.3). */
        ac->has_async = 1;
        ac->max_ops_invoked = 1;
        ac->max_ops_performed = 1;
    }
    if (reject_reason)
        *reject_reason = 0;
    if (strcmp(rq->app_context, DICOM_APPLICATION_CONTEXT) != 0) {
        if (reject_reason)
            *reject_reason = RJ_USER_APP_CONTEXT;
        return 0;
    }
    /* A limit that leaves no room for a byte after the PDV header could not
     * carry a single response: refused now rather than failing later. */
    if (rq->max_pdu != 0 && rq->max_pdu <= PDU_PDV_HEADER_LEN) {
        if (reject_reason)
            *reject_reason = RJ_USER_NO_REASON;
        return 0;
    }
    ac->n_pctx = rq->n_pctx;
    for (int i = 0; i < rq->n_pctx; i++) {
        const struct pdu_pctx *c = &rq->pctx[i];
        struct pdu_pctx *a = &ac->pctx[i];
        const char *ts;

        a->id = c->id;
        str_copy(a->abstract_syntax, c->abstract_syntax, sizeof a->abstract_syntax);
        if (!sop_list_has(sops, SOP_KIND_SOP, c->abstract_syntax)) {
            a->result = PCTX_ABSTRACT_NOT_SUPPORTED;
            continue;
        }
        ts = choose_ts(c, sops, requester_is_scp(rq, c->abstract_syntax));
        if (!ts) {
            a->result = PCTX_TS_NOT_SUPPORTED;
            continue;
        }
        a->result = PCTX_ACCEPTED;
        a->n_ts = 1;
        str_copy(a->ts[0], ts, sizeof a->ts[0]);
        accepted++;
    }
    for (int i = 0; i < rq->n_roles; i++) {
        struct pdu_role *r = &ac->roles[ac->n_roles];
        int seen = 0;

        for (int j = 0; j < ac->n_roles; j++)
            seen |= strcmp(ac->roles[j].sop_class, rq->roles[i].sop_class) == 0;
        if (seen || !sop_list_has(sops, SOP_KIND_SOP, rq->roles[i].sop_class))
            continue; /* one answer per SOP class (PS3.7 D.3.3.4) */
        *r = rq->roles[i];
        /* Proposed roles are kept (never one that was not proposed), except
         * that we act as SCU only for storage: C-GET's C-STORE sub-operations. */
        if (!sop_class_is_storage(r->sop_class))
            r->scp = 0;
        ac->n_roles++;
    }
    if (accepted == 0 && reject_reason)
        *reject_reason = RJ_USER_NO_REASON;
    return accepted;
}

/* The association object for negotiated parameters `a` (an AC, with the
 * abstract syntaxes filled in as assoc_negotiate does). */
static int make_assoc(int fd, const struct pdu_assoc *a, uint32_t our_max, uint32_t peer_max,
                      struct assoc **out)
{
    struct assoc *as = calloc(1, sizeof *as);
    struct timeval tv = {0, 0};
    socklen_t tvlen = sizeof tv;

    if (!as)
        return -ENOMEM;
    /* assoc_socket_setup put TCPIPTimeOut there; it bounds each PDU too. */
    if (getsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, &tvlen) == 0)
        as->timeout_s = (int)tv.tv_sec + (tv.tv_usec > 0);
    as->rbuf = malloc(our_max);
    if (!as->rbuf) {
        free(as);
        return -ENOMEM;
    }
    as->fd = fd;
    as->our_max = our_max;
    as->peer_max = peer_max;
    str_copy(as->calling_ae, a->calling_ae, sizeof as->calling_ae);
    str_copy(as->called_ae, a->called_ae, sizeof as->called_ae);
    for (int i = 0; i < a->n_pctx; i++) {
        struct assoc_ctx *c = &as->ctx[as->n_ctx++];

        c->id = a->pctx[i].id;
        c->result = a->pctx[i].result;
        str_copy(c->abstract_syntax, a->pctx[i].abstract_syntax, sizeof c->abstract_syntax);
        if (c->result == PCTX_ACCEPTED)
            str_copy(c->ts, a->pctx[i].ts[0], sizeof c->ts);
        /* Without role selection the requestor is SCU only (PS3.7 D.3.3.4). */
        c->scu_role = 1;
        for (int r = 0; r < a->n_roles; r++) {
            if (strcmp(a->roles[r].sop_class, c->abstract_syntax) == 0) {
                c->scu_role = a->roles[r].scu;
                c->scp_role = a->roles[r].scp;
            }
        }
    }
    *out = as;
    return 0;
}

int assoc_accept(int fd, const struct pdu_assoc *ac, uint32_t peer_max, struct assoc **out)
{
    uint8_t *pdu;
    size_t len;
    /* Encoding the AC needs at most this much (ASSOC_RQ_MAX bounds the RQ,
     * and the AC is smaller than the RQ it answers). */
    const size_t cap = ASSOC_RQ_MAX;
    int rc;

    *out = NULL;
    if (ac->max_pdu == 0) {
        close(fd);
        return -EINVAL; /* we always announce the limit of our buffer */
    }
    pdu = malloc(cap);
    if (!pdu) {
        close(fd);
        return -ENOMEM;
    }
    rc = pdu_encode_associate(PDU_ASSOCIATE_AC, ac, pdu, cap, &len);
    if (rc == 0)
        rc = write_buf(fd, pdu, len);
    free(pdu);
    if (rc == 0)
        rc = make_assoc(fd, ac, ac->max_pdu, peer_max, out);
    if (rc)
        close(fd);
    return rc;
}

void assoc_rq_init(struct pdu_assoc *rq, const char *calling_ae, const char *called_ae,
                   uint32_t max_pdu)
{
    memset(rq, 0, sizeof *rq);
    str_copy(rq->calling_ae, calling_ae, sizeof rq->calling_ae);
    str_copy(rq->called_ae, called_ae, sizeof rq->called_ae);
    str_copy(rq->app_context, DICOM_APPLICATION_CONTEXT, sizeof rq->app_context);
    str_copy(rq->impl_class_uid, DICOM_IMPLEMENTATION_CLASS_UID, sizeof rq->impl_class_uid);
    str_copy(rq->impl_version, DICOM_IMPLEMENTATION_VERSION_NAME, sizeof rq->impl_version);
    rq->max_pdu = max_pdu;
}

int assoc_rq_add(struct pdu_assoc *rq, const char *abstract_syntax, const char *const *ts, int n_ts)
{
    struct pdu_pctx *c;

    if (rq->n_pctx >= PDU_MAX_CONTEXTS)
        return DG_ETOOBIG;
    if (n_ts < 1 || n_ts > PDU_MAX_TS || uid_check_str(abstract_syntax, UID_LENIENT) != 0)
        return -EINVAL;
    c = &rq->pctx[rq->n_pctx];
    memset(c, 0, sizeof *c);
    c->id = (uint8_t)(2 * rq->n_pctx + 1);
    str_copy(c->abstract_syntax, abstract_syntax, sizeof c->abstract_syntax);
    for (int i = 0; i < n_ts; i++) {
        if (uid_check_str(ts[i], UID_LENIENT) != 0)
            return -EINVAL;
        str_copy(c->ts[i], ts[i], sizeof c->ts[i]);
    }
    c->n_ts = n_ts;
    rq->n_pctx++;
    return c->id;
}

int assoc_rq_add_role(struct pdu_assoc *rq, const char *abstract_syntax, int scu, int scp)
{
    struct pdu_role *r;

    if (rq->n_roles >= PDU_MAX_ROLES)
        return DG_ETOOBIG;
    if (uid_check_str(abstract_syntax, UID_LENIENT) != 0)
        return -EINVAL;
    r = &rq->roles[rq->n_roles++];
    str_copy(r->sop_class, abstract_syntax, sizeof r->sop_class);
    r->scu = scu ? 1 : 0;
    r->scp = scp ? 1 : 0;
    return 0;
}

static int connect_to(const char *host, int port, int timeout_s, int *fd_out)
{
    struct addrinfo hints = {0}, *res = NULL, *ai;
    char service[16];
    int fd = -1, rc = DG_ENOTFOUND;

    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(service, sizeof service, "%d", port);
    if (getaddrinfo(host, service, &hints, &res) != 0)
        return DG_ENOTFOUND;
    for (ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0) {
            rc = -errno;
            continue;
        }
        /* The send timeout also bounds connect() on Linux. */
        rc = assoc_socket_setup(fd, timeout_s);
        if (rc == 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        if (rc == 0)
            rc = errno == EINPROGRESS ? DG_ETIMEOUT : -errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0)
        return rc;
    *fd_out = fd;
    return 0;
}

int assoc_request(const char *host, int port, const struct pdu_assoc *rq, int timeout_s,
                  struct assoc **out, uint8_t rj[3])
{
    uint8_t *pdu = NULL, hdr[PDU_HEADER_LEN], type;
    struct pdu_assoc *ac = NULL;
    struct timespec deadline;
    size_t len;
    uint32_t blen;
    int fd = -1, rc;

    *out = NULL;
    if (rq->max_pdu == 0)
        return -EINVAL; /* we always announce the limit of our buffer */
    pdu = malloc(ASSOC_RQ_MAX);
    ac = malloc(sizeof *ac);
    if (!pdu || !ac) {
        rc = -ENOMEM;
        goto fail;
    }
    rc = pdu_encode_associate(PDU_ASSOCIATE_RQ, rq, pdu, ASSOC_RQ_MAX, &len);
    if (rc)
        goto fail;
    rc = connect_to(host, port, timeout_s, &fd);
    if (rc)
        goto fail;
    rc = write_buf(fd, pdu, len);
    /* The whole answer within the timeout, however slowly it trickles in. */
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += timeout_s;
    if (rc == 0)
        rc = read_full_by(fd, hdr, sizeof hdr, timeout_s > 0 ? &deadline : NULL, timeout_s > 0);
    if (rc == 0)
        rc = pdu_parse_header(hdr, ASSOC_RQ_MAX, &type, &blen);
    if (rc == 0)
        rc = read_full_by(fd, pdu, blen, timeout_s > 0 ? &deadline : NULL, timeout_s > 0);
    if (rc)
        goto fail;
    if (type == PDU_ASSOCIATE_RJ) {
        uint8_t b[3];
        rc = pdu_decode_short(pdu, blen, &b[0], &b[1], &b[2]);
        if (rc == 0 && rj)
            memcpy(rj, b, 3);
        rc = rc ? rc : DG_EREJECTED;
        goto fail;
    }
    if (type == PDU_ABORT) {
        rc = DG_EABORTED;
        goto fail;
    }
    if (type != PDU_ASSOCIATE_AC) {
        rc = DG_EPROTO;
        send_abort_fd(fd, ABORT_SOURCE_PROVIDER, ABORT_UNEXPECTED_PDU);
        goto fail;
    }
    rc = pdu_decode_associate(type, pdu, blen, ac);
    if (rc) {
        send_abort_fd(fd, ABORT_SOURCE_PROVIDER, abort_reason(rc));
        goto fail;
    }
    /* The AC does not repeat the abstract syntaxes: take them from the RQ,
     * and keep the AE titles we asked for. */
    for (int i = 0; i < ac->n_pctx; i++) {
        for (int j = 0; j < rq->n_pctx; j++) {
            if (rq->pctx[j].id == ac->pctx[i].id)
                str_copy(ac->pctx[i].abstract_syntax, rq->pctx[j].abstract_syntax,
                         sizeof ac->pctx[i].abstract_syntax);
        }
        if (!ac->pctx[i].abstract_syntax[0])
            ac->pctx[i].result = PCTX_NO_REASON; /* an ID we never proposed */
    }
    str_copy(ac->calling_ae, rq->calling_ae, sizeof ac->calling_ae);
    str_copy(ac->called_ae, rq->called_ae, sizeof ac->called_ae);
    rc = make_assoc(fd, ac, rq->max_pdu, ac->max_pdu, out);
    if (rc)
        goto fail;
    free(pdu);
    free(ac);
    return 0;
fail:
    if (fd >= 0)
        close(fd);
    free(pdu);
    free(ac);
    return rc;
}

static const struct assoc_ctx *accepted_context(const struct assoc *as, uint8_t id)
{
    for (int i = 0; i < as->n_ctx; i++) {
        if (as->ctx[i].id == id)
            return as->ctx[i].result == PCTX_ACCEPTED ? &as->ctx[i] : NULL;
    }
    return NULL;
}

/* Read the next PDU into rbuf. P-DATA-TF sets pdata_len; others are handled
 * here and end the PDV stream with an error code. */
static int read_pdu(struct assoc *as)
{
    uint8_t hdr[PDU_HEADER_LEN], type, b[3];
    uint32_t len;
    int rc;

    /* The header may wait TCPIPTimeOut for the next message; the body then
     * has TCPIPTimeOut of its own, however slowly its bytes arrive. */
    rc = read_pdu_part(as, hdr, sizeof hdr);
    if (rc)
        return rc;
    rc = pdu_parse_header(hdr, as->our_max, &type, &len);
    if (rc) {
        /* Too long for our buffer: refuse before reading or allocating. */
        assoc_abort(as, ABORT_SOURCE_PROVIDER, abort_reason(rc));
        return rc;
    }
    rc = read_pdu_part(as, as->rbuf, len);
    if (rc)
        return rc;
    switch (type) {
    case PDU_DATA_TF:
        as->pdata_len = len;
        as->pdata_off = 0;
        return 0;
    case PDU_RELEASE_RQ: {
        uint8_t rp[PDU_SHORT_LEN];
        pdu_encode_release(rp, PDU_RELEASE_RP);
        (void)write_buf(as->fd, rp, sizeof rp);
        as->released = 1;
        return DG_ECLOSED;
    }
    case PDU_ABORT:
        (void)pdu_decode_short(as->rbuf, len, &b[0], &b[1], &b[2]);
        return DG_EABORTED;
    default:
        assoc_abort(as, ABORT_SOURCE_PROVIDER, ABORT_UNEXPECTED_PDU);
        return DG_EPROTO;
    }
}

int assoc_next_pdv(struct assoc *as, struct pdu_pdv *pdv)
{
    for (;;) {
        int rc = pdu_next_pdv(as->rbuf, as->pdata_len, &as->pdata_off, pdv);

        if (rc == 1) {
            if (!accepted_context(as, pdv->ctx_id)) {
                assoc_abort(as, ABORT_SOURCE_PROVIDER, ABORT_INVALID_PARAMETER);
                return DG_EPROTO;
            }
            return 0;
        }
        if (rc < 0) {
            assoc_abort(as, ABORT_SOURCE_PROVIDER, ABORT_INVALID_PARAMETER);
            return rc;
        }
        as->pdata_len = 0;
        as->pdata_off = 0;
        rc = read_pdu(as);
        if (rc)
            return rc;
    }
}

int assoc_pdu_waiting(struct assoc *as)
{
    struct pollfd pfd = {as->fd, POLLIN, 0};
    int ready;

    if (as->pdata_off < as->pdata_len)
        return 1;
    do {
        ready = poll(&pfd, 1, 0);
    } while (ready < 0 && errno == EINTR);
    if (ready < 0)
        return -errno;
    if (ready > 0 && (pfd.revents & POLLNVAL))
        return -EBADF;
    /* POLLHUP and POLLERR count: the next read reports them. */
    return ready > 0;
}

int assoc_send(struct assoc *as, uint8_t ctx_id, int command, const void *p, size_t n, int last)
{
    /* The peer's limit applies to the PDU body: PDV header + data. With no
     * limit announced we use our own, which is a sensible size anyway. */
    uint32_t limit = as->peer_max ? as->peer_max : as->our_max;
    const uint8_t *data = p;
    size_t frag;

    if (limit <= PDU_PDV_HEADER_LEN)
        return DG_EPROTO;
    /* An empty PDV says nothing unless it ends the message. */
    if (n == 0 && !last)
        return 0;
    frag = limit - PDU_PDV_HEADER_LEN;
    do {
        size_t chunk = n < frag ? n : frag;
        uint8_t hdr[PDU_DATA_HEADER_LEN];
        uint8_t control = command ? PDV_COMMAND : 0;
        struct iovec iov[2];
        int rc;

        if (last && chunk == n)
            control |= PDV_LAST;
        pdu_encode_data_header(hdr, ctx_id, control, (uint32_t)chunk);
        iov[0].iov_base = hdr;
        iov[0].iov_len = sizeof hdr;
        iov[1].iov_base = (void *)data;
        iov[1].iov_len = chunk;
        rc = write_all(as->fd, iov, chunk ? 2 : 1);
        if (rc)
            return rc;
        data += chunk;
        n -= chunk;
    } while (n > 0);
    return 0;
}

int assoc_release(struct assoc *as)
{
    uint8_t pdu[PDU_SHORT_LEN];
    int rc;

    pdu_encode_release(pdu, PDU_RELEASE_RQ);
    rc = write_buf(as->fd, pdu, sizeof pdu);
    while (rc == 0) {
        uint8_t hdr[PDU_HEADER_LEN], type;
        uint32_t len;

        rc = read_pdu_part(as, hdr, sizeof hdr);
        if (rc == 0)
            rc = pdu_parse_header(hdr, as->our_max, &type, &len);
        if (rc == 0)
            rc = read_pdu_part(as, as->rbuf, len);
        if (rc)
            break;
        if (type == PDU_RELEASE_RP)
            return 0;
        if (type == PDU_ABORT)
            return DG_EABORTED;
        /* P-DATA still in flight before the RP is dropped. */
    }
    return rc;
}

void assoc_abort(struct assoc *as, uint8_t source, uint8_t reason)
{
    send_abort_fd(as->fd, source, reason);
}

void assoc_free(struct assoc *as)
{
    if (!as)
        return;
    close(as->fd);
    free(as->rbuf);
    free(as);
}

int assoc_released(const struct assoc *as)
{
    return as->released;
}

const char *assoc_calling_ae(const struct assoc *as)
{
    return as->calling_ae;
}

const char *assoc_called_ae(const struct assoc *as)
{
    return as->called_ae;
}

uint32_t assoc_peer_max_pdu(const struct assoc *as)
{
    return as->peer_max;
}

uint32_t assoc_our_max_pdu(const struct assoc *as)
{
    return as->our_max;
}

int assoc_context_count(const struct assoc *as)
{
    return as->n_ctx;
}

const struct assoc_ctx *assoc_context_at(const struct assoc *as, int i)
{
    return i >= 0 && i < as->n_ctx ? &as->ctx[i] : NULL;
}

const struct assoc_ctx *assoc_context(const struct assoc *as, uint8_t id)
{
    return accepted_context(as, id);
}

const struct assoc_ctx *assoc_find_context(const struct assoc *as, const char *abstract_syntax,
                                           const char *ts)
{
    for (int i = 0; i < as->n_ctx; i++) {
        const struct assoc_ctx *c = &as->ctx[i];
        if (c->result == PCTX_ACCEPTED && strcmp(c->abstract_syntax, abstract_syntax) == 0 &&
            (!ts || strcmp(c->ts, ts) == 0))
            return c;
    }
    return NULL;
}
