/* Unit tests for src/net/assoc.c and sop_list.c: presentation context
 * negotiation, and the association's PDU stream over socket pairs and
 * loopback TCP (fragmentation to the peer's limit, oversized PDUs, PDVs of
 * unaccepted contexts, release, reject, the ARTIM timeout, whether a PDU
 * is waiting). */
#include "net/assoc.h"
#include "net/sop_list.h"
#include "util/error.h"

#include <arpa/inet.h>
#include <check.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define CT "1.2.840.10008.5.1.4.1.1.2"
#define ECHO "1.2.840.10008.1.1"
#define ILE "1.2.840.10008.1.2"
#define ELE "1.2.840.10008.1.2.1"
#define EBE "1.2.840.10008.1.2.2"
#define JPEG "1.2.840.10008.1.2.4.50"
#define J2K "1.2.840.10008.1.2.4.90"
#define DEFLATED "1.2.840.10008.1.2.1.99"
#define RLE "1.2.840.10008.1.2.5"

static const char list_text[] =
    "# test list\n"
    "DICOMApplicationContext 1.2.840.10008.3.1.1.1 application\n"
    "LittleEndianImplicit 1.2.840.10008.1.2 transfer\n"
    "LittleEndianExplicit 1.2.840.10008.1.2.1 transfer LittleEndianExplicit\n"
    "BigEndianExplicit 1.2.840.10008.1.2.2 transfer\n"
    "JPEGBaseLine1 1.2.840.10008.1.2.4.50 transfer LittleEndianExplicit\n"
    "Verification 1.2.840.10008.1.1 sop\n"
    "CTImageStorage 1.2.840.10008.5.1.4.1.1.2 sop\n"
    "StudyRootQuery 1.2.840.10008.5.1.4.1.2.2.1 sop\n"
    "DeflatedExplicitLittleEndian 1.2.840.10008.1.2.1.99 transfer\n"
    "RLELossless 1.2.840.10008.1.2.5 transfer\n";

static struct sop_list *sops;

/* Milliseconds from t0 to t1: whole seconds would round 1.01 s to 2. */
static long elapsed_ms(const struct timespec *t0, const struct timespec *t1)
{
    return (t1->tv_sec - t0->tv_sec) * 1000L + (t1->tv_nsec - t0->tv_nsec) / 1000000L;
}

static void setup(void)
{
    char err[200];
    ck_assert_int_eq(sop_list_parse(list_text, strlen(list_text), &sops, err, sizeof err), 0);
}

static void teardown(void)
{
    sop_list_free(sops);
}

/* Negotiate one proposed context, the requester taking the SCP role for
 * its class when `scp_role` (C-GET), and return the AC's view of it. */
static struct pdu_pctx negotiate_as(const char *abstract, const char *const *ts, int n,
                                    int scp_role)
{
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    struct pdu_pctx out;

    assoc_rq_init(rq, "SCU", "CONQUESTSRV1", 16384);
    ck_assert_int_eq(assoc_rq_add(rq, abstract, ts, n), 1);
    if (scp_role)
        ck_assert_int_eq(assoc_rq_add_role(rq, abstract, 0, 1), 0);
    assoc_negotiate(rq, sops, 65536, ac, NULL);
    ck_assert_int_eq(ac->n_pctx, 1);
    out = ac->pctx[0];
    free(rq);
    free(ac);
    return out;
}

static struct pdu_pctx negotiate_one(const char *abstract, const char *const *ts, int n)
{
    return negotiate_as(abstract, ts, n, 0);
}

START_TEST(test_sop_list_parses_conquest_format)
{
    ck_assert_uint_eq(sop_list_count(sops), 10);
    ck_assert_str_eq(sop_list_at(sops, 4)->name, "JPEGBaseLine1");
    ck_assert_int_eq(sop_list_at(sops, 4)->kind, SOP_KIND_TRANSFER);
    ck_assert_int_eq(sop_list_has(sops, SOP_KIND_SOP, CT), 1);
    ck_assert_int_eq(sop_list_has(sops, SOP_KIND_TRANSFER, CT), 0);
    ck_assert_int_eq(sop_list_has(sops, SOP_KIND_TRANSFER, J2K), 0);
    ck_assert_ptr_null(sop_list_at(sops, 10));
}
END_TEST

/* etc/dgatesop.lst as shipped: every entry a valid UID, no duplicates, the
 * 13 transfer syntaxes, verification, Q/R, worklist and every storage
 * class that dcmtk's dcuid.h knew when it was written (188). */
START_TEST(test_shipped_list)
{
    static const char *const need[] = {
        "1.2.840.10008.1.2",      "1.2.840.10008.1.2.1",    "1.2.840.10008.1.2.2",
        "1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
        "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80",
        "1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91",
        "1.2.840.10008.1.2.5"};
    const char *top = getenv("top_srcdir");
    struct sop_list *l;
    char path[4096], err[512];
    int storage = 0;

    ck_assert_ptr_nonnull(top);
    snprintf(path, sizeof path, "%s/etc/dgatesop.lst", top);
    ck_assert_msg(sop_list_load(path, &l, err, sizeof err) == 0, "%s", err);
    for (size_t i = 0; i < sop_list_count(l); i++) {
        const struct sop_entry *e = sop_list_at(l, i);

        ck_assert_uint_eq(strspn(e->uid, "0123456789."), strlen(e->uid));
        for (size_t j = 0; j < i; j++)
            ck_assert_msg(strcmp(sop_list_at(l, j)->uid, e->uid) != 0, "%s twice", e->uid);
        if (e->kind == SOP_KIND_SOP && sop_class_is_storage(e->uid))
            storage++;
    }
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
        ck_assert_msg(sop_list_has(l, SOP_KIND_TRANSFER, need[i]), "%s missing", need[i]);
    ck_assert(sop_list_has(l, SOP_KIND_SOP, ECHO));
    ck_assert(sop_list_has(l, SOP_KIND_SOP, "1.2.840.10008.5.1.4.1.2.2.3"));
    ck_assert(sop_list_has(l, SOP_KIND_SOP, "1.2.840.10008.5.1.4.31"));
    ck_assert(sop_list_has(l, SOP_KIND_SOP, CT));
    ck_assert_int_eq(storage, 188);
    sop_list_free(l);
}
END_TEST

START_TEST(test_sop_list_errors_name_the_line)
{
    struct sop_list *l;
    char err[200];

    ck_assert_int_eq(sop_list_parse("# x\nA 1.2 sop\nB 1.3\n", 20, &l, err, sizeof err), DG_EPARSE);
    ck_assert_str_eq(err, "line 3: expected `name uid kind`");
    ck_assert_int_eq(sop_list_parse("A 1.2 bogus\n", 12, &l, err, sizeof err), DG_EPARSE);
    ck_assert_ptr_nonnull(strstr(err, "line 1: unknown kind `bogus`"));
}
END_TEST

START_TEST(test_sop_list_load_names_the_file)
{
    char path[] = "/tmp/check_assoc_sopXXXXXX";
    int fd = mkstemp(path);
    struct sop_list *l = NULL;
    char err[300], want[300];

    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, "A 1.2 sop\nB 1.3\n", 16), 16);
    close(fd);
    ck_assert_int_eq(sop_list_load(path, &l, err, sizeof err), DG_EPARSE);
    ck_assert_ptr_null(l);
    snprintf(want, sizeof want, "%s: line 2: expected `name uid kind`", path);
    ck_assert_str_eq(err, want);
    unlink(path);
    ck_assert_int_eq(sop_list_load(path, &l, err, sizeof err), -ENOENT);
    ck_assert_ptr_nonnull(strstr(err, path));
}
END_TEST

START_TEST(test_sop_list_ae_restrictions)
{
    static const char t[] = "X 1.2 sop\nModality1 MOD1 RemoteAE\nModality2 MOD2 RemoteAE\n"
                            "Me PACS LocalAE\n";
    struct sop_list *l;
    char err[200];

    ck_assert_int_eq(sop_list_ae_allowed(sops, SOP_KIND_REMOTE_AE, "ANYONE"), 1);
    ck_assert_int_eq(sop_list_ae_allowed(sops, SOP_KIND_LOCAL_AE, "ANYTHING"), 1);
    ck_assert_int_eq(sop_list_parse(t, strlen(t), &l, err, sizeof err), 0);
    ck_assert_int_eq(sop_list_ae_allowed(l, SOP_KIND_REMOTE_AE, "MOD2"), 1);
    ck_assert_int_eq(sop_list_ae_allowed(l, SOP_KIND_REMOTE_AE, "MOD3"), 0);
    ck_assert_int_eq(sop_list_ae_allowed(l, SOP_KIND_LOCAL_AE, "PACS"), 1);
    ck_assert_int_eq(sop_list_ae_allowed(l, SOP_KIND_LOCAL_AE, "MOD1"), 0);
    sop_list_free(l);
}
END_TEST

START_TEST(test_storage_classification)
{
    ck_assert_int_eq(sop_class_is_storage(CT), 1);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.1.1.88.11"), 1);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.1.29"), 1);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.34.7"), 1);
    ck_assert_int_eq(sop_class_is_storage(ECHO), 0);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.1.2.2.1"), 0);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.31"), 0);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.1.1"), 0);
    /* Query/retrieve models beside their storage classes. */
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.38.1"), 1);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.38.2"), 0);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.39.4"), 0);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.45.3"), 0);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.20.1"), 0);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.1.1.200.3"), 1);
    ck_assert_int_eq(sop_class_is_storage("1.2.840.10008.5.1.4.1.1.200.5"), 0);
}
END_TEST

START_TEST(test_storage_keeps_proposed_compression)
{
    const char *ts[] = {ILE, ELE, JPEG};
    struct pdu_pctx c = negotiate_one(CT, ts, 3);
    ck_assert_uint_eq(c.result, PCTX_ACCEPTED);
    ck_assert_str_eq(c.ts[0], JPEG);
}
END_TEST

START_TEST(test_storage_prefers_explicit_le)
{
    const char *ts[] = {ILE, EBE, ELE};
    struct pdu_pctx c = negotiate_one(CT, ts, 3);
    ck_assert_uint_eq(c.result, PCTX_ACCEPTED);
    ck_assert_str_eq(c.ts[0], ELE);
}
END_TEST

/* pynetdicom's default proposal: Deflate is a coding of the transfer only,
 * taken where nothing else is. */
START_TEST(test_storage_takes_deflate_last)
{
    const char *pynetdicom[] = {ILE, ELE, DEFLATED, EBE};
    const char *deflated[] = {DEFLATED};
    ck_assert_str_eq(negotiate_one(CT, pynetdicom, 4).ts[0], ELE);
    ck_assert_str_eq(negotiate_one(CT, deflated, 1).ts[0], DEFLATED);
}
END_TEST

/* C-GET's storage contexts, where we send: the requester's first syntax
 * that every object can go in without loss (a lossy JPEG taken there could
 * carry only what is stored so); a lossless compression is one. */
START_TEST(test_storage_we_send_takes_lossless_first)
{
    const char *jpeg_first[] = {JPEG, ILE};
    const char *jpeg[] = {JPEG};
    const char *deflate_or_jpeg[] = {JPEG, DEFLATED};
    const char *rle_first[] = {JPEG, RLE, ELE};
    const char *pynetdicom[] = {ILE, ELE, DEFLATED, EBE};
    ck_assert_str_eq(negotiate_as(CT, jpeg_first, 2, 1).ts[0], ILE);
    ck_assert_str_eq(negotiate_as(CT, jpeg, 1, 1).ts[0], JPEG);
    ck_assert_str_eq(negotiate_as(CT, deflate_or_jpeg, 2, 1).ts[0], DEFLATED);
    ck_assert_str_eq(negotiate_as(CT, pynetdicom, 4, 1).ts[0], ILE);
    ck_assert_str_eq(negotiate_as(CT, rle_first, 3, 1).ts[0], RLE);
    ck_assert_str_eq(negotiate_as(CT, jpeg_first, 2, 0).ts[0], JPEG);
}
END_TEST

START_TEST(test_implicit_only_and_big_endian_only)
{
    const char *ile[] = {ILE};
    const char *ebe[] = {EBE};
    ck_assert_str_eq(negotiate_one(CT, ile, 1).ts[0], ILE);
    ck_assert_str_eq(negotiate_one(CT, ebe, 1).ts[0], EBE);
}
END_TEST

START_TEST(test_compressed_syntax_not_in_list_is_refused)
{
    const char *ts[] = {J2K};
    struct pdu_pctx c = negotiate_one(CT, ts, 1);
    ck_assert_uint_eq(c.result, PCTX_TS_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_verification_never_takes_compression)
{
    const char *jpeg[] = {JPEG};
    const char *both[] = {JPEG, ILE};
    ck_assert_uint_eq(negotiate_one(ECHO, jpeg, 1).result, PCTX_TS_NOT_SUPPORTED);
    ck_assert_str_eq(negotiate_one(ECHO, both, 2).ts[0], ILE);
}
END_TEST

START_TEST(test_unknown_abstract_syntax)
{
    const char *ts[] = {ILE};
    ck_assert_uint_eq(negotiate_one("1.2.3.4.5", ts, 1).result, PCTX_ABSTRACT_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_context_without_transfer_syntax_is_refused)
{
    struct pdu_assoc *rq = calloc(1, sizeof *rq), *ac = malloc(sizeof *ac);
    uint8_t reason;

    assoc_rq_init(rq, "SCU", "X", 0);
    rq->n_pctx = 1;
    rq->pctx[0].id = 1;
    strcpy(rq->pctx[0].abstract_syntax, ECHO);
    ck_assert_int_eq(assoc_negotiate(rq, sops, 65536, ac, &reason), 0);
    ck_assert_uint_eq(ac->pctx[0].result, PCTX_TS_NOT_SUPPORTED);
    ck_assert_uint_eq(reason, RJ_USER_NO_REASON);
    free(rq);
    free(ac);
}
END_TEST

START_TEST(test_negotiation_answers_identity_async_and_roles)
{
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    const char *ts[] = {ILE};

    assoc_rq_init(rq, "GETSCU", "CONQUESTSRV1", 16384);
    assoc_rq_add(rq, CT, ts, 1);
    assoc_rq_add(rq, ECHO, ts, 1);
    ck_assert_int_eq(assoc_rq_add_role(rq, CT, 0, 1), 0);
    ck_assert_int_eq(assoc_rq_add_role(rq, "1.2.3.4", 0, 1), 0);
    ck_assert_int_eq(assoc_rq_add_role(rq, CT, 1, 1), 0); /* a second item: ignored */
    ck_assert_int_eq(assoc_rq_add_role(rq, "1.2.840.10008.5.1.4.1.2.2.1", 1, 1), 0);
    rq->has_async = 1;
    rq->max_ops_invoked = 10;
    rq->max_ops_performed = 10;
    ck_assert_int_eq(assoc_negotiate(rq, sops, 32768, ac, NULL), 2);
    ck_assert_uint_eq(ac->max_pdu, 32768);
    ck_assert_str_eq(ac->calling_ae, "GETSCU");
    ck_assert_int_eq(ac->has_async, 1);
    ck_assert_uint_eq(ac->max_ops_invoked, 1);
    ck_assert_uint_eq(ac->max_ops_performed, 1);
    ck_assert_int_eq(ac->n_roles, 2);
    ck_assert_str_eq(ac->roles[0].sop_class, CT);
    ck_assert_uint_eq(ac->roles[0].scp, 1);
    ck_assert_uint_eq(ac->roles[0].scu, 0);
    /* We never act as a C-FIND SCU: the requestor's SCP role is refused. */
    ck_assert_str_eq(ac->roles[1].sop_class, "1.2.840.10008.5.1.4.1.2.2.1");
    ck_assert_uint_eq(ac->roles[1].scu, 1);
    ck_assert_uint_eq(ac->roles[1].scp, 0);
    ck_assert_uint_eq(ac->pctx[1].id, 3);
    free(rq);
    free(ac);
}
END_TEST

START_TEST(test_foreign_application_context_is_rejected)
{
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    const char *ts[] = {ILE};
    uint8_t reason;

    assoc_rq_init(rq, "SCU", "X", 0);
    strcpy(rq->app_context, "1.2.3");
    assoc_rq_add(rq, ECHO, ts, 1);
    ck_assert_int_eq(assoc_negotiate(rq, sops, 65536, ac, &reason), 0);
    ck_assert_uint_eq(reason, RJ_USER_APP_CONTEXT);
    free(rq);
    free(ac);
}
END_TEST

START_TEST(test_unusable_max_pdu_is_rejected)
{
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    const char *ts[] = {ILE};
    uint8_t reason = 0;

    /* 6 bytes hold only the PDV header; 7 carry one byte of data. */
    assoc_rq_init(rq, "SCU", "CONQUESTSRV1", 6);
    assoc_rq_add(rq, ECHO, ts, 1);
    ck_assert_int_eq(assoc_negotiate(rq, sops, 65536, ac, &reason), 0);
    ck_assert_uint_eq(reason, RJ_USER_NO_REASON);
    rq->max_pdu = 7;
    ck_assert_int_eq(assoc_negotiate(rq, sops, 65536, ac, &reason), 1);
    rq->max_pdu = 0; /* no limit */
    ck_assert_int_eq(assoc_negotiate(rq, sops, 65536, ac, &reason), 1);
    free(rq);
    free(ac);
}
END_TEST

/* An accepted association on one end of a socket pair; *peer is the other
 * end, with the A-ASSOCIATE-AC already read off it. timeout_s as
 * TCPIPTimeOut (0: none). */
static struct assoc *pair_assoc(uint32_t peer_max, int timeout_s, int *peer)
{
    int sv[2];
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    const char *ts[] = {ILE};
    struct assoc *as;
    uint8_t hdr[6], body[4096];
    uint32_t len;
    struct timeval tv = {timeout_s, 0};

    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    /* What assoc_socket_setup does, less TCP_NODELAY, which AF_UNIX lacks. */
    ck_assert_int_eq(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv), 0);
    assoc_rq_init(rq, "SCU", "CONQUESTSRV1", peer_max);
    assoc_rq_add(rq, ECHO, ts, 1);
    ck_assert_int_eq(assoc_negotiate(rq, sops, 4096, ac, NULL), 1);
    ck_assert_int_eq(assoc_accept(sv[0], ac, peer_max, &as), 0);
    ck_assert_int_eq(read(sv[1], hdr, 6), 6);
    ck_assert_uint_eq(hdr[0], PDU_ASSOCIATE_AC);
    len = (uint32_t)hdr[2] << 24 | (uint32_t)hdr[3] << 16 | (uint32_t)hdr[4] << 8 | hdr[5];
    ck_assert_uint_lt(len, sizeof body);
    ck_assert_int_eq(recv(sv[1], body, len, MSG_WAITALL), (ssize_t)len);
    free(rq);
    free(ac);
    *peer = sv[1];
    return as;
}

START_TEST(test_send_fragments_to_peer_max)
{
    int peer;
    struct assoc *as = pair_assoc(100, 0, &peer);
    uint8_t data[1000], got[1000], hdr[12];
    size_t total = 0;
    int pdus = 0;

    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)(i * 7);
    ck_assert_int_eq(assoc_send(as, 1, 0, data, sizeof data, 1), 0);
    while (total < sizeof data) {
        uint32_t len, pdv;
        ck_assert_int_eq(recv(peer, hdr, 12, MSG_WAITALL), 12);
        len = (uint32_t)hdr[4] << 8 | hdr[5];
        pdv = (uint32_t)hdr[8] << 8 | hdr[9];
        ck_assert_uint_eq(hdr[0], PDU_DATA_TF);
        ck_assert_uint_le(len, 100);
        ck_assert_uint_eq(pdv, len - 4);
        ck_assert_uint_eq(hdr[10], 1);
        ck_assert_int_eq(recv(peer, got + total, pdv - 2, MSG_WAITALL), (ssize_t)(pdv - 2));
        total += pdv - 2;
        pdus++;
        ck_assert_uint_eq(hdr[11], total == sizeof data ? PDV_LAST : 0);
    }
    ck_assert_int_eq(memcmp(got, data, sizeof data), 0);
    ck_assert_int_eq(pdus, 11); /* 94 bytes each: 10 full and one of 60 */
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_oversized_pdu_aborts_without_reading)
{
    int peer;
    struct assoc *as = pair_assoc(0, 0, &peer);
    static const uint8_t hdr[] = {PDU_DATA_TF, 0, 0xff, 0xff, 0xff, 0xff};
    static const uint8_t abort_pdu[] = {7, 0, 0, 0, 0, 4, 0, 0, 2, 6};
    uint8_t got[10];
    struct pdu_pdv pdv;

    ck_assert_int_eq(write(peer, hdr, sizeof hdr), 6);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), DG_ETOOBIG);
    ck_assert_int_eq(recv(peer, got, 10, MSG_WAITALL), 10);
    ck_assert_int_eq(memcmp(got, abort_pdu, 10), 0);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_pdv_of_unaccepted_context_aborts)
{
    int peer;
    struct assoc *as = pair_assoc(0, 0, &peer);
    static const uint8_t pdu[] = {4, 0, 0, 0, 0, 8, 0, 0, 0, 4, 3, 3, 0, 0};
    uint8_t got[10];
    struct pdu_pdv pdv;

    ck_assert_int_eq(write(peer, pdu, sizeof pdu), (ssize_t)sizeof pdu);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), DG_EPROTO);
    ck_assert_int_eq(recv(peer, got, 10, MSG_WAITALL), 10);
    ck_assert_uint_eq(got[0], PDU_ABORT);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_pdvs_of_one_pdu_and_release)
{
    int peer;
    struct assoc *as = pair_assoc(0, 0, &peer);
    static const uint8_t pdu[] = {4, 0, 0, 0, 0,   16,  0, 0, 0, 4, 1, 3, 'a', 'b', 0, 0,
                                  0, 4, 1, 2, 'c', 'd', 5, 0, 0, 0, 0, 4, 0,   0,   0, 0};
    uint8_t got[10];
    struct pdu_pdv pdv;

    ck_assert_int_eq(write(peer, pdu, sizeof pdu), (ssize_t)sizeof pdu);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), 0);
    ck_assert_uint_eq(pdv.control, PDV_COMMAND | PDV_LAST);
    ck_assert_int_eq(memcmp(pdv.data, "ab", 2), 0);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), 0);
    ck_assert_uint_eq(pdv.control, PDV_LAST);
    ck_assert_int_eq(memcmp(pdv.data, "cd", 2), 0);
    ck_assert_int_eq(assoc_released(as), 0);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), DG_ECLOSED);
    ck_assert_int_eq(assoc_released(as), 1);
    ck_assert_int_eq(recv(peer, got, 10, MSG_WAITALL), 10);
    ck_assert_uint_eq(got[0], PDU_RELEASE_RP);
    assoc_free(as);
    close(peer);
}
END_TEST

static void *trickle_pdata(void *arg)
{
    int fd = *(int *)arg;
    static const uint8_t pdu[] = {4, 0, 0, 0, 0, 8, 0, 0, 0, 4, 1, 3, 0, 0};

    /* A byte every 300 ms: every read gets data, the PDU takes 4 s. */
    for (size_t i = 0; i < sizeof pdu; i++) {
        if (send(fd, &pdu[i], 1, MSG_NOSIGNAL) != 1)
            break;
        usleep(300000);
    }
    return NULL;
}

START_TEST(test_trickled_pdu_times_out)
{
    int peer;
    struct assoc *as = pair_assoc(0, 1, &peer);
    struct pdu_pdv pdv;
    struct timespec t0, t1;
    pthread_t t;

    ck_assert_int_eq(pthread_create(&t, NULL, trickle_pdata, &peer), 0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), DG_ETIMEOUT);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    /* One TCPIPTimeOut for the header and one for the body at most. */
    ck_assert_int_lt(elapsed_ms(&t0, &t1), 2500);
    assoc_free(as);
    pthread_join(t, NULL);
    close(peer);
}
END_TEST

START_TEST(test_request_read_refuses_other_pdus_and_times_out)
{
    int sv[2];
    struct pdu_assoc *rq = malloc(sizeof *rq);
    static const uint8_t garbage[] = {9, 0, 0, 0, 0, 4, 1, 2, 3, 4};
    static const uint8_t pdata[] = {4, 0, 0, 0, 0, 4, 1, 2, 3, 4};
    static const uint8_t abort_pdu[] = {7, 0, 0, 0, 0, 4, 0, 0, 0, 0};
    uint8_t got[10];

    /* An unknown PDU type: A-ABORT, provider, unrecognized PDU. */
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ck_assert_int_eq(write(sv[1], garbage, sizeof garbage), 10);
    ck_assert_int_eq(assoc_read_request(sv[0], 5, rq), DG_EPROTO);
    ck_assert_int_eq(recv(sv[1], got, 10, MSG_WAITALL), 10);
    ck_assert_uint_eq(got[0], PDU_ABORT);
    ck_assert_uint_eq(got[8], ABORT_SOURCE_PROVIDER);
    ck_assert_uint_eq(got[9], ABORT_UNRECOGNIZED_PDU);
    close(sv[0]);
    close(sv[1]);

    /* A known PDU out of place: unexpected PDU. */
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ck_assert_int_eq(write(sv[1], pdata, sizeof pdata), 10);
    ck_assert_int_eq(assoc_read_request(sv[0], 5, rq), DG_EPROTO);
    ck_assert_int_eq(recv(sv[1], got, 10, MSG_WAITALL), 10);
    ck_assert_uint_eq(got[0], PDU_ABORT);
    ck_assert_uint_eq(got[9], ABORT_UNEXPECTED_PDU);
    close(sv[0]);
    close(sv[1]);

    /* An A-ABORT is not answered. */
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ck_assert_int_eq(write(sv[1], abort_pdu, sizeof abort_pdu), 10);
    ck_assert_int_eq(assoc_read_request(sv[0], 5, rq), DG_EABORTED);
    ck_assert_int_eq(recv(sv[1], got, 10, MSG_DONTWAIT), -1);
    close(sv[0]);
    close(sv[1]);

    /* The ARTIM timer: nothing arrives within it. */
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ck_assert_int_eq(assoc_read_request(sv[0], 1, rq), DG_ETIMEOUT);
    close(sv[0]);
    close(sv[1]);
    free(rq);
}
END_TEST

static void *trickle(void *arg)
{
    int fd = *(int *)arg;
    static const uint8_t hdr[] = {1, 0, 0, 0, 1, 0};

    /* A byte every 300 ms: each read returns data, the whole never ends. */
    for (size_t i = 0; i < 2 * sizeof hdr; i++) {
        if (write(fd, &hdr[i % sizeof hdr], 1) != 1)
            break;
        usleep(300000);
    }
    return NULL;
}

START_TEST(test_artim_bounds_a_trickling_request)
{
    int sv[2];
    struct pdu_assoc *rq = malloc(sizeof *rq);
    struct timespec t0, t1;
    pthread_t t;

    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ck_assert_int_eq(pthread_create(&t, NULL, trickle, &sv[1]), 0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ck_assert_int_eq(assoc_read_request(sv[0], 1, rq), DG_ETIMEOUT);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ck_assert_int_lt(elapsed_ms(&t0, &t1), 1500);
    pthread_join(t, NULL);
    close(sv[0]);
    close(sv[1]);
    free(rq);
}
END_TEST

/* Nothing to read on fd right now. */
static int fd_idle(int fd)
{
    struct pollfd pfd = {fd, POLLIN, 0};
    return poll(&pfd, 1, 0) == 0;
}

START_TEST(test_send_skips_an_empty_piece_unless_it_is_the_last)
{
    int peer;
    struct assoc *as = pair_assoc(0, 0, &peer);
    uint8_t got[12];

    ck_assert_int_eq(assoc_send(as, 1, 0, "", 0, 0), 0);
    ck_assert(fd_idle(peer));
    ck_assert_int_eq(assoc_send(as, 1, 0, "", 0, 1), 0);
    ck_assert_int_eq(recv(peer, got, sizeof got, MSG_WAITALL), 12);
    ck_assert_uint_eq(got[5], 6); /* PDU length: the PDV header only */
    ck_assert_uint_eq(got[9], 2); /* PDV item length: context ID and control */
    ck_assert_uint_eq(got[11], PDV_LAST);
    ck_assert(fd_idle(peer));
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_pdu_waiting_is_0_when_idle_and_1_once_the_peer_sent)
{
    int peer;
    struct assoc *as = pair_assoc(0, 0, &peer);
    static const uint8_t pdu[] = {4, 0, 0, 0, 0, 8, 0, 0, 0, 4, 1, 3, 'a', 'b'};
    struct pdu_pdv pdv;

    ck_assert_int_eq(assoc_pdu_waiting(as), 0);
    ck_assert_int_eq(write(peer, pdu, 3), 3); /* the start of a PDU is enough */
    ck_assert_int_eq(assoc_pdu_waiting(as), 1);
    ck_assert_int_eq(write(peer, pdu + 3, sizeof pdu - 3), (ssize_t)sizeof pdu - 3);
    ck_assert_int_eq(assoc_pdu_waiting(as), 1);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), 0);
    ck_assert_uint_eq(pdv.len, 2);
    ck_assert_int_eq(assoc_pdu_waiting(as), 0);
    assoc_free(as);
    close(peer);
}
END_TEST

/* One P-DATA-TF may end one message and start the next: the second PDV is
 * in our buffer, not in the socket, and it is waiting all the same. */
START_TEST(test_pdu_waiting_sees_pdvs_left_in_our_buffer)
{
    int peer;
    struct assoc *as = pair_assoc(0, 0, &peer);
    static const uint8_t pdu[] = {4, 0,   0,   0, 0, 16, 0, 0, 0, 4,   1,
                                  2, 'a', 'b', 0, 0, 0,  4, 1, 3, 'c', 'd'};
    struct pdu_pdv pdv;

    ck_assert_int_eq(write(peer, pdu, sizeof pdu), (ssize_t)sizeof pdu);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), 0);
    ck_assert_uint_eq(pdv.control, PDV_LAST);
    ck_assert_int_eq(assoc_pdu_waiting(as), 1);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), 0);
    ck_assert_uint_eq(pdv.control, PDV_COMMAND | PDV_LAST);
    ck_assert_int_eq(memcmp(pdv.data, "cd", 2), 0);
    ck_assert_int_eq(assoc_pdu_waiting(as), 0);
    assoc_free(as);
    close(peer);
}
END_TEST

/* A closed connection is "waiting": the read that follows reports it. */
START_TEST(test_pdu_waiting_counts_a_closed_connection)
{
    int peer;
    struct assoc *as = pair_assoc(0, 0, &peer);
    struct pdu_pdv pdv;

    close(peer);
    ck_assert_int_eq(assoc_pdu_waiting(as), 1);
    ck_assert_int_eq(assoc_next_pdv(as, &pdv), DG_ECLOSED);
    assoc_free(as);
}
END_TEST

/* A one-shot acceptor on loopback for the requestor tests. */
struct acceptor {
    int listen_fd;
    int reject; /* 1: answer A-ASSOCIATE-RJ (2, 3, 2); 2: the same a byte per 300 ms */
    int result; /* what the acceptor thread saw */
    uint8_t data[300000];
    size_t len;
};

static void *acceptor_main(void *arg)
{
    struct acceptor *a = arg;
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    struct assoc *as;
    struct pdu_pdv pdv;
    int fd = accept(a->listen_fd, NULL, NULL);

    assoc_socket_setup(fd, 10);
    a->result = assoc_read_request(fd, 10, rq);
    if (a->result == 0 && a->reject == 2) {
        static const uint8_t rj[] = {3, 0, 0, 0, 0, 4, 0, 2, 3, 2};
        for (size_t i = 0; i < sizeof rj && send(fd, &rj[i], 1, MSG_NOSIGNAL) == 1; i++)
            usleep(300000);
        close(fd);
    } else if (a->result == 0 && a->reject) {
        assoc_send_reject(fd, RJ_TRANSIENT, RJ_SOURCE_PRESENTATION, RJ_PRESENTATION_LOCAL_LIMIT);
        close(fd);
    } else if (a->result == 0) {
        assoc_negotiate(rq, sops, 16384, ac, NULL);
        a->result = assoc_accept(fd, ac, rq->max_pdu, &as);
        while (a->result == 0) {
            a->result = assoc_next_pdv(as, &pdv);
            if (a->result == 0) {
                memcpy(a->data + a->len, pdv.data, pdv.len);
                a->len += pdv.len;
            }
        }
        assoc_free(as);
    }
    free(rq);
    free(ac);
    return NULL;
}

static int start_acceptor(struct acceptor *a, pthread_t *t)
{
    struct sockaddr_in sin = {0};
    socklen_t sl = sizeof sin;

    a->listen_fd = socket(AF_INET, SOCK_STREAM, 0);
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ck_assert_int_eq(bind(a->listen_fd, (struct sockaddr *)&sin, sizeof sin), 0);
    ck_assert_int_eq(listen(a->listen_fd, 1), 0);
    ck_assert_int_eq(getsockname(a->listen_fd, (struct sockaddr *)&sin, &sl), 0);
    ck_assert_int_eq(pthread_create(t, NULL, acceptor_main, a), 0);
    return ntohs(sin.sin_port);
}

START_TEST(test_requestor_sends_reassembled_data_and_releases)
{
    struct acceptor *a = calloc(1, sizeof *a);
    struct pdu_assoc *rq = malloc(sizeof *rq);
    const char *ts[] = {JPEG, ILE};
    static uint8_t data[200000];
    struct assoc *as;
    pthread_t t;
    int port = start_acceptor(a, &t);

    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)(i ^ (i >> 8));
    assoc_rq_init(rq, "MOVESCU", "CONQUESTSRV1", 32768);
    assoc_rq_add(rq, "1.2.3.4", ts, 2);
    assoc_rq_add(rq, CT, ts, 2);
    ck_assert_int_eq(assoc_request("127.0.0.1", port, rq, 10, &as, NULL), 0);
    ck_assert_ptr_null(assoc_find_context(as, "1.2.3.4", NULL));
    ck_assert_ptr_nonnull(assoc_find_context(as, CT, JPEG));
    ck_assert_uint_eq(assoc_find_context(as, CT, NULL)->id, 3);
    ck_assert_uint_eq(assoc_peer_max_pdu(as), 16384);
    ck_assert_int_eq(assoc_send(as, 3, 0, data, sizeof data, 1), 0);
    ck_assert_int_eq(assoc_release(as), 0);
    assoc_free(as);
    pthread_join(t, NULL);
    ck_assert_int_eq(a->result, DG_ECLOSED);
    ck_assert_uint_eq(a->len, sizeof data);
    ck_assert_int_eq(memcmp(a->data, data, sizeof data), 0);
    close(a->listen_fd);
    free(a);
    free(rq);
}
END_TEST

START_TEST(test_requestor_sees_reject)
{
    struct acceptor *a = calloc(1, sizeof *a);
    struct pdu_assoc *rq = malloc(sizeof *rq);
    const char *ts[] = {ILE};
    struct assoc *as;
    uint8_t rj[3] = {0};
    pthread_t t;
    int port;

    a->reject = 1;
    port = start_acceptor(a, &t);
    assoc_rq_init(rq, "SCU", "CONQUESTSRV1", 16384);
    assoc_rq_add(rq, ECHO, ts, 1);
    ck_assert_int_eq(assoc_request("127.0.0.1", port, rq, 10, &as, rj), DG_EREJECTED);
    ck_assert_ptr_null(as);
    ck_assert_uint_eq(rj[0], 2);
    ck_assert_uint_eq(rj[1], 3);
    ck_assert_uint_eq(rj[2], 2);
    pthread_join(t, NULL);
    close(a->listen_fd);
    free(a);
    free(rq);
}
END_TEST

START_TEST(test_requestor_bounds_a_trickled_answer)
{
    struct acceptor *a = calloc(1, sizeof *a);
    struct pdu_assoc *rq = malloc(sizeof *rq);
    const char *ts[] = {ILE};
    struct assoc *as;
    struct timespec t0, t1;
    pthread_t t;
    int port;

    a->reject = 2;
    port = start_acceptor(a, &t);
    assoc_rq_init(rq, "SCU", "CONQUESTSRV1", 16384);
    assoc_rq_add(rq, ECHO, ts, 1);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ck_assert_int_eq(assoc_request("127.0.0.1", port, rq, 1, &as, NULL), DG_ETIMEOUT);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ck_assert_int_lt(elapsed_ms(&t0, &t1), 1500);
    pthread_join(t, NULL);
    close(a->listen_fd);
    free(a);
    free(rq);
}
END_TEST

static Suite *assoc_suite(void)
{
    Suite *s = suite_create("assoc");
    TCase *tc = tcase_create("core");

    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_sop_list_parses_conquest_format);
    tcase_add_test(tc, test_shipped_list);
    tcase_add_test(tc, test_sop_list_errors_name_the_line);
    tcase_add_test(tc, test_sop_list_load_names_the_file);
    tcase_add_test(tc, test_sop_list_ae_restrictions);
    tcase_add_test(tc, test_storage_classification);
    tcase_add_test(tc, test_storage_keeps_proposed_compression);
    tcase_add_test(tc, test_storage_takes_deflate_last);
    tcase_add_test(tc, test_storage_we_send_takes_lossless_first);
    tcase_add_test(tc, test_storage_prefers_explicit_le);
    tcase_add_test(tc, test_implicit_only_and_big_endian_only);
    tcase_add_test(tc, test_compressed_syntax_not_in_list_is_refused);
    tcase_add_test(tc, test_verification_never_takes_compression);
    tcase_add_test(tc, test_unknown_abstract_syntax);
    tcase_add_test(tc, test_context_without_transfer_syntax_is_refused);
    tcase_add_test(tc, test_negotiation_answers_identity_async_and_roles);
    tcase_add_test(tc, test_foreign_application_context_is_rejected);
    tcase_add_test(tc, test_unusable_max_pdu_is_rejected);
    tcase_add_test(tc, test_send_fragments_to_peer_max);
    tcase_add_test(tc, test_oversized_pdu_aborts_without_reading);
    tcase_add_test(tc, test_pdv_of_unaccepted_context_aborts);
    tcase_add_test(tc, test_pdvs_of_one_pdu_and_release);
    tcase_add_test(tc, test_send_skips_an_empty_piece_unless_it_is_the_last);
    tcase_add_test(tc, test_pdu_waiting_is_0_when_idle_and_1_once_the_peer_sent);
    tcase_add_test(tc, test_pdu_waiting_sees_pdvs_left_in_our_buffer);
    tcase_add_test(tc, test_pdu_waiting_counts_a_closed_connection);
    tcase_add_test(tc, test_trickled_pdu_times_out);
    tcase_add_test(tc, test_request_read_refuses_other_pdus_and_times_out);
    tcase_add_test(tc, test_artim_bounds_a_trickling_request);
    tcase_add_test(tc, test_requestor_sends_reassembled_data_and_releases);
    tcase_add_test(tc, test_requestor_sees_reject);
    tcase_add_test(tc, test_requestor_bounds_a_trickled_answer);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(assoc_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
