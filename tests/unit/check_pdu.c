/* Unit tests for src/net/pdu.c: round trips and every malformed PDU of
 * ecosystem.md 4.3 items 1-6 that the decoder itself must refuse. */
#include "net/pdu.h"
#include "util/error.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* A hand-made PDU body, built item by item. */
struct bb {
    uint8_t p[8192];
    size_t n;
};

static void bb_u8(struct bb *b, uint8_t v)
{
    b->p[b->n++] = v;
}

static void bb_u16(struct bb *b, uint16_t v)
{
    bb_u8(b, (uint8_t)(v >> 8));
    bb_u8(b, (uint8_t)v);
}

static void bb_bytes(struct bb *b, const void *p, size_t n)
{
    memcpy(b->p + b->n, p, n);
    b->n += n;
}

/* The fixed part of an A-ASSOCIATE-RQ body with the given AE fields. */
static void bb_fixed(struct bb *b, const char called[16], const char calling[16])
{
    b->n = 0;
    bb_u16(b, 1);
    bb_u16(b, 0);
    bb_bytes(b, called, 16);
    bb_bytes(b, calling, 16);
    for (int i = 0; i < 32; i++)
        bb_u8(b, 0);
}

static void bb_item(struct bb *b, uint8_t type, const char *s)
{
    bb_u8(b, type);
    bb_u8(b, 0);
    bb_u16(b, (uint16_t)strlen(s));
    bb_bytes(b, s, strlen(s));
}

/* A presentation context item with one abstract and n transfer syntaxes. */
static void bb_pctx(struct bb *b, uint8_t id, const char *abstract, const char *const *ts, int n)
{
    size_t start;

    bb_u8(b, 0x20);
    bb_u8(b, 0);
    start = b->n;
    bb_u16(b, 0);
    bb_u8(b, id);
    bb_u8(b, 0);
    bb_u8(b, 0);
    bb_u8(b, 0);
    if (abstract)
        bb_item(b, 0x30, abstract);
    for (int i = 0; i < n; i++)
        bb_item(b, 0x40, ts[i]);
    b->p[start] = (uint8_t)((b->n - start - 2) >> 8);
    b->p[start + 1] = (uint8_t)(b->n - start - 2);
}

static void bb_user_info(struct bb *b)
{
    static const uint8_t ui[] = {0x50, 0, 0, 8, 0x51, 0, 0, 4, 0, 0, 0x40, 0};
    bb_bytes(b, ui, sizeof ui);
}

static const char *const ILE[] = {"1.2.840.10008.1.2"};
#define CALLED "CONQUESTSRV1    "
#define CALLING "STORESCU        "

/* The fixed part and the application context: what every RQ starts with. */
static void bb_begin(struct bb *b)
{
    bb_fixed(b, CALLED, CALLING);
    bb_item(b, 0x10, "1.2.840.10008.3.1.1.1");
}

/* A valid RQ body with n echo contexts. */
static void bb_valid(struct bb *b, int n)
{
    bb_begin(b);
    for (int i = 0; i < n; i++)
        bb_pctx(b, (uint8_t)(2 * i + 1), "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(b);
}

static struct pdu_assoc *decode(const struct bb *b, int *rc)
{
    struct pdu_assoc *a = malloc(sizeof *a);
    ck_assert_ptr_nonnull(a);
    *rc = pdu_decode_associate(PDU_ASSOCIATE_RQ, b->p, b->n, a);
    return a;
}

static int decode_rc(const struct bb *b)
{
    int rc;
    free(decode(b, &rc));
    return rc;
}

START_TEST(test_header_rejects_length_ffffffff)
{
    const uint8_t hdr[6] = {0x04, 0, 0xff, 0xff, 0xff, 0xff};
    uint8_t type = 0;
    uint32_t len = 0;
    ck_assert_int_eq(pdu_parse_header(hdr, 65536, &type, &len), DG_ETOOBIG);
}
END_TEST

START_TEST(test_header_rejects_length_beyond_max_by_one)
{
    const uint8_t over[6] = {0x04, 0, 0, 1, 0, 1};
    const uint8_t at[6] = {0x04, 0, 0, 1, 0, 0};
    uint8_t type;
    uint32_t len;
    ck_assert_int_eq(pdu_parse_header(over, 65536, &type, &len), DG_ETOOBIG);
    ck_assert_int_eq(pdu_parse_header(at, 65536, &type, &len), 0);
    ck_assert_uint_eq(type, PDU_DATA_TF);
    ck_assert_uint_eq(len, 65536);
}
END_TEST

START_TEST(test_header_rejects_unknown_types)
{
    const uint8_t zero[6] = {0x00, 0, 0, 0, 0, 4};
    const uint8_t eight[6] = {0x08, 0, 0, 0, 0, 4};
    const uint8_t ff[6] = {0xff, 0, 0, 0, 0, 4};
    uint8_t type;
    uint32_t len;
    ck_assert_int_eq(pdu_parse_header(zero, 65536, &type, &len), DG_EPROTO);
    ck_assert_int_eq(pdu_parse_header(eight, 65536, &type, &len), DG_EPROTO);
    ck_assert_int_eq(pdu_parse_header(ff, 65536, &type, &len), DG_EPROTO);
}
END_TEST

START_TEST(test_rq_round_trip)
{
    struct pdu_assoc *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
    uint8_t *buf = malloc(65536);
    size_t len;
    uint8_t type;
    uint32_t blen;

    strcpy(a->called_ae, "CONQUESTSRV1");
    strcpy(a->calling_ae, "MODALITY");
    strcpy(a->app_context, "1.2.840.10008.3.1.1.1");
    a->n_pctx = 2;
    a->pctx[0].id = 1;
    strcpy(a->pctx[0].abstract_syntax, "1.2.840.10008.5.1.4.1.1.2");
    a->pctx[0].n_ts = 2;
    strcpy(a->pctx[0].ts[0], "1.2.840.10008.1.2.4.70");
    strcpy(a->pctx[0].ts[1], "1.2.840.10008.1.2");
    a->pctx[1].id = 3;
    strcpy(a->pctx[1].abstract_syntax, "1.2.840.10008.1.1");
    a->pctx[1].n_ts = 1;
    strcpy(a->pctx[1].ts[0], "1.2.840.10008.1.2.1");
    a->max_pdu = 16384;
    strcpy(a->impl_class_uid, "1.2.3.4");
    strcpy(a->impl_version, "TEST_1");
    a->has_async = 1;
    a->max_ops_invoked = 5;
    a->max_ops_performed = 0;
    a->n_roles = 1;
    strcpy(a->roles[0].sop_class, "1.2.840.10008.5.1.4.1.1.2");
    a->roles[0].scu = 0;
    a->roles[0].scp = 1;

    ck_assert_int_eq(pdu_encode_associate(PDU_ASSOCIATE_RQ, a, buf, 65536, &len), 0);
    ck_assert_int_eq(pdu_parse_header(buf, 65536, &type, &blen), 0);
    ck_assert_uint_eq(type, PDU_ASSOCIATE_RQ);
    ck_assert_uint_eq(blen, len - 6);
    /* AE titles are space padded to 16 bytes on the wire. */
    ck_assert_int_eq(memcmp(buf + 10, "CONQUESTSRV1    MODALITY        ", 32), 0);
    ck_assert_int_eq(pdu_decode_associate(type, buf + 6, blen, b), 0);
    ck_assert_str_eq(b->called_ae, "CONQUESTSRV1");
    ck_assert_str_eq(b->calling_ae, "MODALITY");
    ck_assert_str_eq(b->app_context, "1.2.840.10008.3.1.1.1");
    ck_assert_int_eq(b->n_pctx, 2);
    ck_assert_uint_eq(b->pctx[0].id, 1);
    ck_assert_str_eq(b->pctx[0].abstract_syntax, "1.2.840.10008.5.1.4.1.1.2");
    ck_assert_int_eq(b->pctx[0].n_ts, 2);
    ck_assert_str_eq(b->pctx[0].ts[0], "1.2.840.10008.1.2.4.70");
    ck_assert_str_eq(b->pctx[0].ts[1], "1.2.840.10008.1.2");
    ck_assert_uint_eq(b->pctx[1].id, 3);
    ck_assert_str_eq(b->pctx[1].ts[0], "1.2.840.10008.1.2.1");
    ck_assert_uint_eq(b->max_pdu, 16384);
    ck_assert_str_eq(b->impl_class_uid, "1.2.3.4");
    ck_assert_str_eq(b->impl_version, "TEST_1");
    ck_assert_int_eq(b->has_async, 1);
    ck_assert_uint_eq(b->max_ops_invoked, 5);
    ck_assert_uint_eq(b->max_ops_performed, 0);
    ck_assert_int_eq(b->n_roles, 1);
    ck_assert_str_eq(b->roles[0].sop_class, "1.2.840.10008.5.1.4.1.1.2");
    ck_assert_uint_eq(b->roles[0].scu, 0);
    ck_assert_uint_eq(b->roles[0].scp, 1);
    free(a);
    free(b);
    free(buf);
}
END_TEST

START_TEST(test_ac_round_trip_keeps_results)
{
    struct pdu_assoc *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
    uint8_t buf[4096];
    size_t len;

    strcpy(a->called_ae, "X");
    strcpy(a->calling_ae, "Y");
    strcpy(a->app_context, "1.2.840.10008.3.1.1.1");
    strcpy(a->impl_class_uid, "1.2.3");
    a->n_pctx = 2;
    a->pctx[0].id = 1;
    a->pctx[0].result = PCTX_ACCEPTED;
    a->pctx[0].n_ts = 1;
    strcpy(a->pctx[0].ts[0], "1.2.840.10008.1.2.1");
    a->pctx[1].id = 3;
    a->pctx[1].result = PCTX_ABSTRACT_NOT_SUPPORTED;
    a->max_pdu = 65536;
    ck_assert_int_eq(pdu_encode_associate(PDU_ASSOCIATE_AC, a, buf, sizeof buf, &len), 0);
    ck_assert_uint_eq(buf[0], PDU_ASSOCIATE_AC);
    ck_assert_int_eq(pdu_decode_associate(PDU_ASSOCIATE_AC, buf + 6, len - 6, b), 0);
    ck_assert_int_eq(b->n_pctx, 2);
    ck_assert_uint_eq(b->pctx[0].result, PCTX_ACCEPTED);
    ck_assert_str_eq(b->pctx[0].ts[0], "1.2.840.10008.1.2.1");
    ck_assert_uint_eq(b->pctx[1].result, PCTX_ABSTRACT_NOT_SUPPORTED);
    ck_assert_int_eq(b->pctx[1].n_ts, 0);
    ck_assert_uint_eq(b->max_pdu, 65536);
    free(a);
    free(b);
}
END_TEST

START_TEST(test_encode_refuses_small_buffer)
{
    struct pdu_assoc *a = calloc(1, sizeof *a);
    uint8_t buf[80];
    size_t len;

    strcpy(a->app_context, "1.2.840.10008.3.1.1.1");
    strcpy(a->impl_class_uid, "1.2.3");
    ck_assert_int_eq(pdu_encode_associate(PDU_ASSOCIATE_AC, a, buf, sizeof buf, &len), DG_ETOOBIG);
    free(a);
}
END_TEST

START_TEST(test_rq_shorter_than_fixed_part)
{
    struct bb b;
    bb_valid(&b, 1);
    b.n = 67;
    ck_assert_int_eq(decode_rc(&b), DG_ETRUNC);
    b.n = 0;
    ck_assert_int_eq(decode_rc(&b), DG_ETRUNC);
}
END_TEST

START_TEST(test_rq_valid_decodes)
{
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_valid(&b, 3);
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(a->n_pctx, 3);
    ck_assert_str_eq(a->called_ae, "CONQUESTSRV1");
    ck_assert_str_eq(a->calling_ae, "STORESCU");
    ck_assert_uint_eq(a->max_pdu, 16384);
    free(a);
}
END_TEST

START_TEST(test_rq_item_overrunning_pdu)
{
    struct bb b;
    bb_valid(&b, 1);
    /* The application context item at offset 68 claims 200 bytes. */
    b.p[70] = 0;
    b.p[71] = 200;
    b.n = 68 + 4 + 21;
    ck_assert_int_eq(decode_rc(&b), DG_ETRUNC);
    /* An item header cut short. */
    bb_valid(&b, 1);
    b.n -= 12; /* drop user info ... */
    b.n += 2;  /* ... but leave two bytes of a header */
    ck_assert_int_eq(decode_rc(&b), DG_ETRUNC);
}
END_TEST

START_TEST(test_rq_zero_length_uids)
{
    struct bb b;
    const char *const empty[] = {""};

    bb_fixed(&b, CALLED, CALLING);
    bb_item(&b, 0x10, "");
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);

    bb_begin(&b);
    bb_pctx(&b, 1, "", ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);

    bb_begin(&b);
    bb_pctx(&b, 1, "1.2.840.10008.1.1", empty, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
}
END_TEST

START_TEST(test_rq_sub_item_longer_than_parent)
{
    struct bb b;
    size_t ctx;

    bb_begin(&b);
    ctx = b.n;
    bb_pctx(&b, 1, "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(&b);
    /* The abstract syntax sub-item (after the 8 bytes of the context item)
     * claims more than its context item holds; the PDU has room for it. */
    b.p[ctx + 8 + 3] = 60;
    ck_assert_int_eq(decode_rc(&b), DG_ETRUNC);
}
END_TEST

START_TEST(test_rq_max_length_sub_item_of_wrong_size)
{
    struct bb b;
    static const uint8_t ui[] = {0x50, 0, 0, 7, 0x51, 0, 0, 3, 0, 0x40, 0};

    bb_begin(&b);
    bb_pctx(&b, 1, "1.2.840.10008.1.1", ILE, 1);
    bb_bytes(&b, ui, sizeof ui);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
}
END_TEST

START_TEST(test_rq_unknown_items_are_skipped)
{
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_fixed(&b, CALLED, CALLING);
    bb_item(&b, 0x99, "whatever");
    bb_item(&b, 0x10, "1.2.840.10008.3.1.1.1");
    bb_pctx(&b, 1, "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(&b);
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(a->n_pctx, 1);
    free(a);
}
END_TEST

START_TEST(test_rq_unknown_sub_item_in_context_is_refused)
{
    struct bb b;
    size_t ctx;

    bb_begin(&b);
    ctx = b.n;
    bb_pctx(&b, 1, "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(&b);
    b.p[ctx + 8] = 0x77; /* the abstract syntax sub-item's type */
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
}
END_TEST

START_TEST(test_rq_needs_application_context_and_user_info)
{
    struct bb b;

    bb_fixed(&b, CALLED, CALLING);
    bb_pctx(&b, 1, "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
    bb_begin(&b);
    bb_pctx(&b, 1, "1.2.840.10008.1.1", ILE, 1);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
}
END_TEST

START_TEST(test_rq_zero_contexts_decodes_empty)
{
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_valid(&b, 0);
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(a->n_pctx, 0);
    free(a);
}
END_TEST

START_TEST(test_rq_more_than_128_contexts)
{
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_valid(&b, 128);
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(a->n_pctx, 128);
    free(a);
    /* Odd IDs run out at 128 contexts: the 129th is refused for its count
     * before its (necessarily duplicate) ID is looked at. */
    bb_begin(&b);
    for (int i = 0; i < 128; i++)
        bb_pctx(&b, (uint8_t)(2 * i + 1), "1.2.840.10008.1.1", ILE, 1);
    bb_pctx(&b, 1, "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_ETOOBIG);
}
END_TEST

START_TEST(test_rq_even_and_duplicate_context_ids)
{
    struct bb b;

    bb_begin(&b);
    bb_pctx(&b, 2, "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPROTO);

    bb_begin(&b);
    bb_pctx(&b, 5, "1.2.840.10008.1.1", ILE, 1);
    bb_pctx(&b, 5, "1.2.840.10008.1.1", ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPROTO);
}
END_TEST

START_TEST(test_rq_context_without_transfer_syntax)
{
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_begin(&b);
    bb_pctx(&b, 1, "1.2.840.10008.1.1", NULL, 0);
    bb_user_info(&b);
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(a->pctx[0].n_ts, 0);
    free(a);
    /* ... and without an abstract syntax it is malformed. */
    bb_begin(&b);
    bb_pctx(&b, 1, NULL, ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
}
END_TEST

START_TEST(test_rq_uid_longer_than_64)
{
    struct bb b;
    char uid[66];

    memset(uid, '1', 65);
    uid[65] = '\0';
    bb_begin(&b);
    bb_pctx(&b, 1, uid, ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
    uid[64] = '\0'; /* exactly 64 is fine */
    bb_begin(&b);
    bb_pctx(&b, 1, uid, ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), 0);
}
END_TEST

START_TEST(test_rq_uid_with_letters_or_padding)
{
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_begin(&b);
    bb_pctx(&b, 1, "1.2.abc/../x", ILE, 1);
    bb_user_info(&b);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
    /* A trailing NUL (even-length padding some peers send) is removed. */
    bb_begin(&b);
    bb_u8(&b, 0x20);
    bb_u8(&b, 0);
    bb_u16(&b, 4 + 4 + 18 + 4 + 17);
    bb_u8(&b, 1);
    bb_u8(&b, 0);
    bb_u8(&b, 0);
    bb_u8(&b, 0);
    bb_u8(&b, 0x30);
    bb_u8(&b, 0);
    bb_u16(&b, 18);
    bb_bytes(&b, "1.2.840.10008.1.1", 18); /* with its NUL */
    bb_item(&b, 0x40, "1.2.840.10008.1.2");
    bb_user_info(&b);
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_str_eq(a->pctx[0].abstract_syntax, "1.2.840.10008.1.1");
    free(a);
}
END_TEST

/* UIDs on the wire get uid.h's lenient check: leading zeros, which real
 * peers send, are taken; an empty component is not. */
START_TEST(test_rq_uid_leading_zero_taken_empty_component_refused)
{
    const char *bad[] = {"1..2", ".1.2", "1.2."};
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_begin(&b);
    bb_pctx(&b, 1, "1.2.03.004", ILE, 1);
    bb_user_info(&b);
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_str_eq(a->pctx[0].abstract_syntax, "1.2.03.004");
    free(a);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        bb_begin(&b);
        bb_pctx(&b, 1, bad[i], ILE, 1);
        bb_user_info(&b);
        ck_assert_msg(decode_rc(&b) == DG_EPARSE, "took %s", bad[i]);
    }
}
END_TEST

START_TEST(test_ae_titles)
{
    struct bb b;
    int rc;
    struct pdu_assoc *a;

    bb_valid(&b, 1);
    memcpy(b.p + 20, "                ", 16); /* calling all spaces */
    memcpy(b.p + 4, "  PACS          ", 16);  /* called with leading spaces */
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_str_eq(a->calling_ae, "");
    ck_assert_str_eq(a->called_ae, "PACS");
    free(a);

    bb_valid(&b, 1);
    memcpy(b.p + 20, "';DROP TABLE x--", 16); /* metacharacters reach us verbatim */
    a = decode(&b, &rc);
    ck_assert_int_eq(rc, 0);
    ck_assert_str_eq(a->calling_ae, "';DROP TABLE x--");
    free(a);

    bb_valid(&b, 1);
    b.p[22] = '\0';
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
    bb_valid(&b, 1);
    b.p[22] = '\\';
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
    bb_valid(&b, 1);
    b.p[6] = 0xe9;
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
    bb_valid(&b, 1);
    b.p[6] = '\n';
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
}
END_TEST

START_TEST(test_rq_protocol_version_without_bit_0)
{
    struct bb b;
    bb_valid(&b, 1);
    b.p[1] = 2;
    ck_assert_int_eq(decode_rc(&b), DG_EUNSUPPORTED);
}
END_TEST

START_TEST(test_role_item_inconsistent_length)
{
    struct bb b;
    static const uint8_t ui[] = {0x50, 0,   0,   14,  0x54, 0,   0, 10, 0,
                                 9,    '1', '.', '2', '.',  '3', 1, 0,  1};
    static const uint8_t ok[] = {0x50, 0, 0, 11, 0x54, 0, 0, 7, 0, 3, '1', '.', '2', 0, 1};

    bb_begin(&b);
    bb_bytes(&b, ui, sizeof ui);
    ck_assert_int_eq(decode_rc(&b), DG_EPARSE);
    bb_begin(&b);
    bb_bytes(&b, ok, sizeof ok);
    ck_assert_int_eq(decode_rc(&b), 0);
}
END_TEST

START_TEST(test_short_pdus_exact_bytes)
{
    uint8_t p[PDU_SHORT_LEN];
    static const uint8_t rj[] = {3, 0, 0, 0, 0, 4, 0, 2, 3, 2};
    static const uint8_t ab[] = {7, 0, 0, 0, 0, 4, 0, 0, 2, 6};
    static const uint8_t rp[] = {6, 0, 0, 0, 0, 4, 0, 0, 0, 0};
    uint8_t r, s, q;

    pdu_encode_reject(p, 2, 3, 2);
    ck_assert_int_eq(memcmp(p, rj, sizeof rj), 0);
    ck_assert_int_eq(pdu_decode_short(p + 6, 4, &r, &s, &q), 0);
    ck_assert_uint_eq(r, 2);
    ck_assert_uint_eq(s, 3);
    ck_assert_uint_eq(q, 2);
    pdu_encode_abort(p, 2, 6);
    ck_assert_int_eq(memcmp(p, ab, sizeof ab), 0);
    pdu_encode_release(p, PDU_RELEASE_RP);
    ck_assert_int_eq(memcmp(p, rp, sizeof rp), 0);
    ck_assert_int_eq(pdu_decode_short(p + 6, 3, &r, &s, &q), DG_EPARSE);
}
END_TEST

START_TEST(test_pdv_iteration)
{
    static const uint8_t body[] = {0, 0, 0, 4, 1, 3, 0xaa, 0xbb, 0, 0, 0, 2, 3, 0};
    struct pdu_pdv pdv;
    size_t off = 0;

    ck_assert_int_eq(pdu_next_pdv(body, sizeof body, &off, &pdv), 1);
    ck_assert_uint_eq(pdv.ctx_id, 1);
    ck_assert_uint_eq(pdv.control, PDV_COMMAND | PDV_LAST);
    ck_assert_uint_eq(pdv.len, 2);
    ck_assert_uint_eq(pdv.data[1], 0xbb);
    ck_assert_int_eq(pdu_next_pdv(body, sizeof body, &off, &pdv), 1);
    ck_assert_uint_eq(pdv.ctx_id, 3);
    ck_assert_uint_eq(pdv.len, 0);
    ck_assert_int_eq(pdu_next_pdv(body, sizeof body, &off, &pdv), 0);
}
END_TEST

START_TEST(test_pdv_longer_than_pdu)
{
    static const uint8_t body[] = {0, 0, 0, 9, 1, 3, 0xaa, 0xbb};
    static const uint8_t huge[] = {0xff, 0xff, 0xff, 0xff, 1, 3, 0xaa, 0xbb};
    struct pdu_pdv pdv;
    size_t off = 0;

    ck_assert_int_eq(pdu_next_pdv(body, sizeof body, &off, &pdv), DG_ETRUNC);
    off = 0;
    ck_assert_int_eq(pdu_next_pdv(huge, sizeof huge, &off, &pdv), DG_ETRUNC);
    off = 0;
    ck_assert_int_eq(pdu_next_pdv(body, 3, &off, &pdv), DG_ETRUNC);
}
END_TEST

START_TEST(test_pdv_shorter_than_2_and_reserved_bits)
{
    static const uint8_t one[] = {0, 0, 0, 1, 1};
    static const uint8_t zero[] = {0, 0, 0, 0};
    static const uint8_t bits[] = {0, 0, 0, 2, 1, 0x04};
    struct pdu_pdv pdv;
    size_t off = 0;

    ck_assert_int_eq(pdu_next_pdv(one, sizeof one, &off, &pdv), DG_EPARSE);
    off = 0;
    ck_assert_int_eq(pdu_next_pdv(zero, sizeof zero, &off, &pdv), DG_EPARSE);
    off = 0;
    ck_assert_int_eq(pdu_next_pdv(bits, sizeof bits, &off, &pdv), DG_EPARSE);
}
END_TEST

START_TEST(test_data_header_bytes)
{
    uint8_t h[PDU_DATA_HEADER_LEN];
    static const uint8_t want[] = {4, 0, 0, 0, 0x01, 0x06, 0, 0, 0x01, 0x02, 5, 2};

    pdu_encode_data_header(h, 5, PDV_LAST, 256);
    ck_assert_int_eq(memcmp(h, want, sizeof want), 0);
}
END_TEST

static Suite *pdu_suite(void)
{
    Suite *s = suite_create("pdu");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_header_rejects_length_ffffffff);
    tcase_add_test(tc, test_header_rejects_length_beyond_max_by_one);
    tcase_add_test(tc, test_header_rejects_unknown_types);
    tcase_add_test(tc, test_rq_round_trip);
    tcase_add_test(tc, test_ac_round_trip_keeps_results);
    tcase_add_test(tc, test_encode_refuses_small_buffer);
    tcase_add_test(tc, test_rq_shorter_than_fixed_part);
    tcase_add_test(tc, test_rq_valid_decodes);
    tcase_add_test(tc, test_rq_item_overrunning_pdu);
    tcase_add_test(tc, test_rq_zero_length_uids);
    tcase_add_test(tc, test_rq_sub_item_longer_than_parent);
    tcase_add_test(tc, test_rq_max_length_sub_item_of_wrong_size);
    tcase_add_test(tc, test_rq_unknown_items_are_skipped);
    tcase_add_test(tc, test_rq_unknown_sub_item_in_context_is_refused);
    tcase_add_test(tc, test_rq_needs_application_context_and_user_info);
    tcase_add_test(tc, test_rq_zero_contexts_decodes_empty);
    tcase_add_test(tc, test_rq_more_than_128_contexts);
    tcase_add_test(tc, test_rq_even_and_duplicate_context_ids);
    tcase_add_test(tc, test_rq_context_without_transfer_syntax);
    tcase_add_test(tc, test_rq_uid_longer_than_64);
    tcase_add_test(tc, test_rq_uid_with_letters_or_padding);
    tcase_add_test(tc, test_rq_uid_leading_zero_taken_empty_component_refused);
    tcase_add_test(tc, test_ae_titles);
    tcase_add_test(tc, test_rq_protocol_version_without_bit_0);
    tcase_add_test(tc, test_role_item_inconsistent_length);
    tcase_add_test(tc, test_short_pdus_exact_bytes);
    tcase_add_test(tc, test_pdv_iteration);
    tcase_add_test(tc, test_pdv_longer_than_pdu);
    tcase_add_test(tc, test_pdv_shorter_than_2_and_reserved_bits);
    tcase_add_test(tc, test_data_header_bytes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(pdu_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
