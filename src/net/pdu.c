/* Upper layer PDU encoding and decoding (PS3.8 section 9.3). Every read
 * checks what remains first; nothing here allocates or touches a socket.
 * Negotiation (which contexts to accept) is assoc.c's business, not ours. */
#include "net/pdu.h"
#include "dicom/uid.h"
#include "util/error.h"

#include <errno.h>
#include <string.h>

enum {
    ITEM_APP_CONTEXT = 0x10,
    ITEM_PCTX_RQ = 0x20,
    ITEM_PCTX_AC = 0x21,
    ITEM_ABSTRACT_SYNTAX = 0x30,
    ITEM_TRANSFER_SYNTAX = 0x40,
    ITEM_USER_INFO = 0x50,
    SUB_MAX_LENGTH = 0x51,
    SUB_IMPL_CLASS_UID = 0x52,
    SUB_ASYNC_WINDOW = 0x53,
    SUB_ROLE_SELECTION = 0x54,
    SUB_IMPL_VERSION = 0x55,
};

/* The fixed part of an A-ASSOCIATE-RQ/AC body before the items. */
#define ASSOC_FIXED_LEN 68

static uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

int pdu_parse_header(const uint8_t hdr[PDU_HEADER_LEN], uint32_t max_len, uint8_t *type,
                     uint32_t *len)
{
    uint32_t n = get32(hdr + 2);

    if (hdr[0] < PDU_ASSOCIATE_RQ || hdr[0] > PDU_ABORT)
        return DG_EPROTO;
    if (n > max_len)
        return DG_ETOOBIG;
    *type = hdr[0];
    *len = n;
    return 0;
}

/* A UID value from the wire: trailing NUL or space padding removed, then a
 * UID as uid.h's lenient check has it (leading zeros tolerated, as peers
 * send them). */
static int get_uid(const uint8_t *p, size_t len, char out[PDU_UID_MAX + 1])
{
    while (len > 0 && (p[len - 1] == '\0' || p[len - 1] == ' '))
        len--;
    if (len > PDU_UID_MAX || uid_check(p, len, UID_LENIENT) != 0)
        return DG_EPARSE;
    memcpy(out, p, len);
    out[len] = '\0';
    return 0;
}

/* An AE title field of 16 bytes: printable ASCII without backslash (PS3.5
 * AE), leading and trailing spaces insignificant. All spaces gives "". */
static int get_ae(const uint8_t *p, char out[PDU_AE_LEN + 1])
{
    size_t start = 0, end = PDU_AE_LEN;

    for (size_t i = 0; i < PDU_AE_LEN; i++) {
        if (p[i] < 0x20 || p[i] > 0x7e || p[i] == '\\')
            return DG_EPARSE;
    }
    while (start < end && p[start] == ' ')
        start++;
    while (end > start && p[end - 1] == ' ')
        end--;
    memcpy(out, p + start, end - start);
    out[end - start] = '\0';
    return 0;
}

/* One item header at *off within [0, len): type and a body that fits. */
static int next_item(const uint8_t *p, size_t len, size_t *off, uint8_t *type, const uint8_t **body,
                     size_t *blen)
{
    size_t n;

    if (len - *off < 4)
        return DG_ETRUNC;
    n = get16(p + *off + 2);
    if (n > len - *off - 4)
        return DG_ETRUNC;
    *type = p[*off];
    *body = p + *off + 4;
    *blen = n;
    *off += 4 + n;
    return 0;
}

static int decode_pctx(uint8_t type, const uint8_t *p, size_t len, struct pdu_assoc *a)
{
    struct pdu_pctx *c;
    size_t off = 4;
    int have_abstract = 0;
    int rc;

    if (len < 4)
        return DG_ETRUNC;
    if (a->n_pctx >= PDU_MAX_CONTEXTS)
        return DG_ETOOBIG;
    if ((p[0] & 1) == 0)
        return DG_EPROTO; /* context IDs are odd (PS3.8 9.3.2.2) */
    for (int i = 0; i < a->n_pctx; i++) {
        if (a->pctx[i].id == p[0])
            return DG_EPROTO;
    }
    c = &a->pctx[a->n_pctx];
    memset(c, 0, sizeof *c);
    c->id = p[0];
    c->result = type == ITEM_PCTX_AC ? p[2] : 0;
    while (off < len) {
        uint8_t st;
        const uint8_t *sb;
        size_t sn;

        rc = next_item(p, len, &off, &st, &sb, &sn);
        if (rc)
            return rc;
        if (st == ITEM_ABSTRACT_SYNTAX && type == ITEM_PCTX_RQ) {
            if (have_abstract)
                return DG_EPARSE;
            rc = get_uid(sb, sn, c->abstract_syntax);
            if (rc)
                return rc;
            have_abstract = 1;
        } else if (st == ITEM_TRANSFER_SYNTAX) {
            /* A rejected context in an AC may carry an empty transfer syntax. */
            if (type == ITEM_PCTX_AC && c->result != PCTX_ACCEPTED)
                continue;
            if (c->n_ts >= (type == ITEM_PCTX_AC ? 1 : PDU_MAX_TS))
                continue;
            rc = get_uid(sb, sn, c->ts[c->n_ts]);
            if (rc)
                return rc;
            c->n_ts++;
        } else {
            return DG_EPARSE;
        }
    }
    if (type == ITEM_PCTX_RQ && !have_abstract)
        return DG_EPARSE;
    if (type == ITEM_PCTX_AC && c->result == PCTX_ACCEPTED && c->n_ts != 1)
        return DG_EPARSE;
    a->n_pctx++;
    return 0;
}

static int decode_role(const uint8_t *p, size_t len, struct pdu_assoc *a)
{
    size_t n;
    struct pdu_role *r;
    int rc;

    if (len < 2)
        return DG_ETRUNC;
    n = get16(p);
    if (len != 2 + n + 2)
        return DG_EPARSE;
    if (a->n_roles >= PDU_MAX_ROLES)
        return DG_ETOOBIG;
    r = &a->roles[a->n_roles];
    rc = get_uid(p + 2, n, r->sop_class);
    if (rc)
        return rc;
    r->scu = p[2 + n] ? 1 : 0;
    r->scp = p[2 + n + 1] ? 1 : 0;
    a->n_roles++;
    return 0;
}

static int decode_user_info(const uint8_t *p, size_t len, struct pdu_assoc *a)
{
    size_t off = 0;
    int rc;

    while (off < len) {
        uint8_t st;
        const uint8_t *sb;
        size_t sn;

        rc = next_item(p, len, &off, &st, &sb, &sn);
        if (rc)
            return rc;
        switch (st) {
        case SUB_MAX_LENGTH:
            if (sn != 4)
                return DG_EPARSE;
            a->max_pdu = get32(sb);
            break;
        case SUB_IMPL_CLASS_UID:
            rc = get_uid(sb, sn, a->impl_class_uid);
            if (rc)
                return rc;
            break;
        case SUB_IMPL_VERSION:
            if (sn == 0 || sn > PDU_AE_LEN)
                return DG_EPARSE;
            for (size_t i = 0; i < sn; i++)
                a->impl_version[i] = (sb[i] >= 0x20 && sb[i] <= 0x7e) ? (char)sb[i] : '?';
            a->impl_version[sn] = '\0';
            break;
        case SUB_ASYNC_WINDOW:
            if (sn != 4)
                return DG_EPARSE;
            a->has_async = 1;
            a->max_ops_invoked = get16(sb);
            a->max_ops_performed = get16(sb + 2);
            break;
        case SUB_ROLE_SELECTION:
            rc = decode_role(sb, sn, a);
            if (rc)
                return rc;
            break;
        default:
            /* Extended negotiation and user identity: not negotiated by us,
             * which PS3.7 D.3.3 allows by leaving them out of the answer. */
            break;
        }
    }
    return 0;
}

int pdu_decode_associate(uint8_t type, const uint8_t *body, size_t len, struct pdu_assoc *out)
{
    const uint8_t pctx_item = type == PDU_ASSOCIATE_RQ ? ITEM_PCTX_RQ : ITEM_PCTX_AC;
    size_t off = ASSOC_FIXED_LEN;
    int have_context = 0, have_user = 0;
    int rc;

    memset(out, 0, sizeof *out);
    if (type != PDU_ASSOCIATE_RQ && type != PDU_ASSOCIATE_AC)
        return -EINVAL;
    if (len < ASSOC_FIXED_LEN)
        return DG_ETRUNC;
    if ((get16(body) & 1) == 0)
        return DG_EUNSUPPORTED; /* protocol version 1 is the only one */
    rc = get_ae(body + 4, out->called_ae);
    if (rc)
        return rc;
    rc = get_ae(body + 20, out->calling_ae);
    if (rc)
        return rc;
    while (off < len) {
        uint8_t it;
        const uint8_t *ib;
        size_t in;

        rc = next_item(body, len, &off, &it, &ib, &in);
        if (rc)
            return rc;
        if (it == ITEM_APP_CONTEXT) {
            /* The application context name is a UID (PS3.7 A.2.1). */
            rc = get_uid(ib, in, out->app_context);
            if (rc)
                return rc;
            have_context = 1;
        } else if (it == pctx_item) {
            rc = decode_pctx(it, ib, in, out);
            if (rc)
                return rc;
        } else if (it == ITEM_USER_INFO) {
            if (have_user)
                return DG_EPARSE;
            rc = decode_user_info(ib, in, out);
            if (rc)
                return rc;
            have_user = 1;
        }
        /* Unknown item types are skipped, as PS3.8 9.3.1 asks. */
    }
    if (!have_context || !have_user)
        return DG_EPARSE;
    return 0;
}

/* A bounded writer for encoding. */
struct out {
    uint8_t *p;
    size_t cap;
    size_t len;
    int err;
};

static uint8_t *take(struct out *o, size_t n)
{
    uint8_t *p;

    if (o->err || n > o->cap - o->len) {
        o->err = DG_ETOOBIG;
        return NULL;
    }
    p = o->p + o->len;
    o->len += n;
    return p;
}

static void put_bytes(struct out *o, const void *src, size_t n)
{
    uint8_t *p = take(o, n);
    if (p && n)
        memcpy(p, src, n);
}

static void put_item_str(struct out *o, uint8_t type, const char *s)
{
    size_t n = strlen(s);
    uint8_t *h = take(o, 4);

    if (!h)
        return;
    h[0] = type;
    h[1] = 0;
    put16(h + 2, (uint16_t)n);
    put_bytes(o, s, n);
}

/* Open an item whose length is patched by close_item. */
static size_t open_item(struct out *o, uint8_t type)
{
    uint8_t *h = take(o, 4);

    if (!h)
        return 0;
    h[0] = type;
    h[1] = 0;
    return o->len;
}

static void close_item(struct out *o, size_t start)
{
    if (o->err)
        return;
    if (o->len - start > 0xffff) {
        o->err = DG_ETOOBIG;
        return;
    }
    put16(o->p + start - 2, (uint16_t)(o->len - start));
}

static void put_ae(struct out *o, const char *ae)
{
    uint8_t *p = take(o, PDU_AE_LEN);
    size_t n = strlen(ae);

    if (!p)
        return;
    memset(p, ' ', PDU_AE_LEN);
    memcpy(p, ae, n > PDU_AE_LEN ? PDU_AE_LEN : n);
}

/* What we send is checked as what we accept (get_uid), so that we never
 * put on the wire a UID that we would refuse from a peer. */
static int uid_ok(const char *s)
{
    return uid_check_str(s, UID_LENIENT) == 0;
}

int pdu_encode_associate(uint8_t type, const struct pdu_assoc *a, uint8_t *out, size_t cap,
                         size_t *len)
{
    struct out o = {out, cap, 0, 0};
    uint8_t *h;
    size_t user;

    if ((type != PDU_ASSOCIATE_RQ && type != PDU_ASSOCIATE_AC) || a->n_pctx < 0 ||
        a->n_pctx > PDU_MAX_CONTEXTS || a->n_roles < 0 || a->n_roles > PDU_MAX_ROLES ||
        !uid_ok(a->app_context) || !uid_ok(a->impl_class_uid))
        return -EINVAL;
    h = take(&o, PDU_HEADER_LEN + 4);
    if (!h)
        return o.err;
    h[0] = type;
    h[1] = 0;
    put16(h + 6, 1); /* protocol version */
    h[8] = h[9] = 0;
    put_ae(&o, a->called_ae);
    put_ae(&o, a->calling_ae);
    h = take(&o, 32);
    if (h)
        memset(h, 0, 32);
    put_item_str(&o, ITEM_APP_CONTEXT, a->app_context);
    for (int i = 0; i < a->n_pctx; i++) {
        const struct pdu_pctx *c = &a->pctx[i];
        size_t start = open_item(&o, type == PDU_ASSOCIATE_RQ ? ITEM_PCTX_RQ : ITEM_PCTX_AC);
        uint8_t *f = take(&o, 4);

        if (!f)
            break;
        f[0] = c->id;
        f[1] = 0;
        f[2] = type == PDU_ASSOCIATE_AC ? c->result : 0;
        f[3] = 0;
        if (type == PDU_ASSOCIATE_RQ) {
            if (!uid_ok(c->abstract_syntax) || c->n_ts < 1 || c->n_ts > PDU_MAX_TS)
                return -EINVAL;
            put_item_str(&o, ITEM_ABSTRACT_SYNTAX, c->abstract_syntax);
            for (int t = 0; t < c->n_ts; t++) {
                if (!uid_ok(c->ts[t]))
                    return -EINVAL;
                put_item_str(&o, ITEM_TRANSFER_SYNTAX, c->ts[t]);
            }
        } else {
            /* A rejected context still carries a transfer syntax item whose
             * value is not significant (PS3.8 9.3.3.2); some parsers refuse
             * an empty one, so Implicit VR Little Endian stands in. */
            put_item_str(&o, ITEM_TRANSFER_SYNTAX,
                         c->n_ts > 0 && c->ts[0][0] ? c->ts[0] : "1.2.840.10008.1.2");
        }
        close_item(&o, start);
    }
    user = open_item(&o, ITEM_USER_INFO);
    h = take(&o, 8);
    if (h) {
        h[0] = SUB_MAX_LENGTH;
        h[1] = 0;
        put16(h + 2, 4);
        put32(h + 4, a->max_pdu);
    }
    put_item_str(&o, SUB_IMPL_CLASS_UID, a->impl_class_uid);
    if (a->has_async) {
        h = take(&o, 8);
        if (h) {
            h[0] = SUB_ASYNC_WINDOW;
            h[1] = 0;
            put16(h + 2, 4);
            put16(h + 4, a->max_ops_invoked);
            put16(h + 6, a->max_ops_performed);
        }
    }
    for (int i = 0; i < a->n_roles; i++) {
        const struct pdu_role *r = &a->roles[i];
        size_t n = strlen(r->sop_class);
        size_t start = open_item(&o, SUB_ROLE_SELECTION);

        if (!uid_ok(r->sop_class))
            return -EINVAL;
        h = take(&o, 2);
        if (h)
            put16(h, (uint16_t)n);
        put_bytes(&o, r->sop_class, n);
        h = take(&o, 2);
        if (h) {
            h[0] = r->scu;
            h[1] = r->scp;
        }
        close_item(&o, start);
    }
    if (a->impl_version[0])
        put_item_str(&o, SUB_IMPL_VERSION, a->impl_version);
    close_item(&o, user);
    if (o.err)
        return o.err;
    put32(out + 2, (uint32_t)(o.len - PDU_HEADER_LEN));
    *len = o.len;
    return 0;
}

static void encode_short(uint8_t out[PDU_SHORT_LEN], uint8_t type, uint8_t b1, uint8_t b2,
                         uint8_t b3)
{
    out[0] = type;
    out[1] = 0;
    put32(out + 2, 4);
    out[6] = 0;
    out[7] = b1;
    out[8] = b2;
    out[9] = b3;
}

void pdu_encode_reject(uint8_t out[PDU_SHORT_LEN], uint8_t result, uint8_t source, uint8_t reason)
{
    encode_short(out, PDU_ASSOCIATE_RJ, result, source, reason);
}

void pdu_encode_abort(uint8_t out[PDU_SHORT_LEN], uint8_t source, uint8_t reason)
{
    encode_short(out, PDU_ABORT, 0, source, reason);
}

void pdu_encode_release(uint8_t out[PDU_SHORT_LEN], uint8_t type)
{
    encode_short(out, type, 0, 0, 0);
}

int pdu_decode_short(const uint8_t *body, size_t len, uint8_t *b1, uint8_t *b2, uint8_t *b3)
{
    if (len != 4)
        return DG_EPARSE;
    *b1 = body[1];
    *b2 = body[2];
    *b3 = body[3];
    return 0;
}

void pdu_encode_data_header(uint8_t out[PDU_DATA_HEADER_LEN], uint8_t ctx_id, uint8_t control,
                            uint32_t data_len)
{
    out[0] = PDU_DATA_TF;
    out[1] = 0;
    put32(out + 2, data_len + PDU_PDV_HEADER_LEN);
    put32(out + 6, data_len + 2);
    out[10] = ctx_id;
    out[11] = control;
}

int pdu_next_pdv(const uint8_t *body, size_t len, size_t *off, struct pdu_pdv *pdv)
{
    uint32_t n;

    if (*off >= len)
        return 0;
    if (len - *off < 4)
        return DG_ETRUNC;
    n = get32(body + *off);
    if (n < 2)
        return DG_EPARSE;
    if (n > len - *off - 4)
        return DG_ETRUNC;
    pdv->ctx_id = body[*off + 4];
    pdv->control = body[*off + 5];
    if (pdv->control & ~(PDV_COMMAND | PDV_LAST))
        return DG_EPARSE;
    pdv->data = body + *off + 6;
    pdv->len = n - 2;
    *off += 4 + (size_t)n;
    return 1;
}
