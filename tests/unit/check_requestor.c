/* The association requestor (what C-MOVE sub-operations use) against a real
 * acceptor, dcmtk's storescp: negotiation, C-ECHO, a C-STORE whose dataset
 * is cut into several PDUs to fit storescp's maximum PDU length, release;
 * a 100 MB dataset streamed from a source arrives byte for byte while our
 * memory stays flat. Skipped (77) when storescp is not installed. */
#include "dicom/encoding.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "util/error.h"
#include "storescp_harness.h"

#include <arpa/inet.h>
#include <check.h>
#include <dirent.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define ECHO "1.2.840.10008.1.1"
#define CT "1.2.840.10008.5.1.4.1.1.2"
#define SOP "1.2.826.0.1.3680043.2.1125.44.1"
#define PIXELS 40000

static char dir[sizeof STORESCP_DIR_TEMPLATE];
static pid_t scp = -1;
static int port;

static void start_storescp_with(const char *const *opts)
{
    scp = storescp_start(dir, opts, &port);
}

static void start_storescp(void)
{
    static const char *const none[] = {NULL};
    start_storescp_with(none);
}

static void stop_storescp(void)
{
    storescp_stop(scp);
}

/* A small CT dataset with PIXELS bytes of pixel data, Explicit VR LE. */
static void make_dataset(struct buf *out)
{
    struct ds *ds = ds_new();
    static uint8_t pixels[PIXELS];

    for (size_t i = 0; i < sizeof pixels; i++)
        pixels[i] = (uint8_t)i;
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0016), VR_UI, CT), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0018), VR_UI, SOP), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0010, 0x0020), VR_LO, "REQ"), 0);
    ck_assert_int_eq(ds_set_ref(ds, DICT_TAG(0x7FE0, 0x0010), VR_OB, pixels, sizeof pixels), 0);
    ck_assert_int_eq(enc_encode(ds, ts_explicit_le(), out), 0);
    ds_free(ds);
}

static uint16_t exchange(struct dimse *d, uint8_t ctx, const struct dimse_cmd *rq,
                         const struct buf *data)
{
    struct dimse_cmd rsp;
    uint8_t rctx = 0;

    ck_assert_int_eq(dimse_send_command(d, ctx, rq), 0);
    if (data) {
        /* In two pieces, as a file read in chunks would be sent. */
        ck_assert_int_eq(dimse_send_data(d, ctx, data->data, 1000, 0), 0);
        ck_assert_int_eq(dimse_send_data(d, ctx, data->data + 1000, data->len - 1000, 1), 0);
    }
    ck_assert_int_eq(dimse_recv_command(d, &rsp, &rctx), 0);
    ck_assert_uint_eq(rctx, ctx);
    ck_assert_uint_eq(rsp.command, rq->command | 0x8000);
    ck_assert_uint_eq(rsp.responded_id, rq->message_id);
    return rsp.status;
}

START_TEST(test_echo_and_store_to_storescp)
{
    struct pdu_assoc *rq = malloc(sizeof *rq);
    const char *ts[] = {TS_EXPLICIT_LE, TS_IMPLICIT_LE};
    const struct assoc_ctx *echo_ctx, *ct_ctx;
    struct dimse_cmd cmd = {0};
    struct assoc *as;
    struct dimse d;
    struct buf data;
    struct dirent *e;
    struct stat st;
    char path[512];
    DIR *dp;
    int found = 0;

    start_storescp();
    assoc_rq_init(rq, "DGATE", "STORESCP", 65536);
    ck_assert_int_eq(assoc_rq_add(rq, ECHO, ts + 1, 1), 1);
    ck_assert_int_eq(assoc_rq_add(rq, CT, ts, 2), 3);
    ck_assert_int_eq(assoc_request("127.0.0.1", port, rq, 10, &as, NULL), 0);
    echo_ctx = assoc_find_context(as, ECHO, NULL);
    ct_ctx = assoc_find_context(as, CT, TS_EXPLICIT_LE);
    ck_assert_ptr_nonnull(echo_ctx);
    ck_assert_ptr_nonnull(ct_ctx);
    /* storescp announces 16 KiB: the 40 KB dataset needs several PDUs. */
    ck_assert_uint_eq(assoc_peer_max_pdu(as), 16384);
    dimse_init(&d, as);

    cmd.command = DIMSE_C_ECHO_RQ;
    cmd.dataset_type = DIMSE_NO_DATASET;
    cmd.message_id = 1;
    strcpy(cmd.sop_class, ECHO);
    cmd.present = DIMSE_F_SOP_CLASS | DIMSE_F_MESSAGE_ID;
    ck_assert_uint_eq(exchange(&d, echo_ctx->id, &cmd, NULL), STATUS_SUCCESS);

    buf_init(&data, 1 << 20);
    make_dataset(&data);
    cmd.command = DIMSE_C_STORE_RQ;
    cmd.dataset_type = DIMSE_HAS_DATASET;
    cmd.message_id = 2;
    strcpy(cmd.sop_class, CT);
    strcpy(cmd.sop_instance, SOP);
    cmd.present |= DIMSE_F_PRIORITY | DIMSE_F_SOP_INSTANCE;
    ck_assert_uint_eq(exchange(&d, ct_ctx->id, &cmd, &data), STATUS_SUCCESS);
    ck_assert_int_eq(assoc_release(as), 0);
    dimse_free(&d);
    assoc_free(as);
    stop_storescp();

    dp = opendir(dir);
    ck_assert_ptr_nonnull(dp);
    for (e = readdir(dp); e != NULL; e = readdir(dp)) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        ck_assert_int_eq(stat(path, &st), 0);
        ck_assert_int_gt(st.st_size, (long)data.len); /* the dataset and a meta header */
        ck_assert_ptr_nonnull(strstr(e->d_name, SOP));
        unlink(path);
        found++;
    }
    closedir(dp);
    rmdir(dir);
    ck_assert_int_eq(found, 1);
    buf_free(&data);
    free(rq);
}
END_TEST

/* A synthetic CT dataset, Explicit VR LE, made as it is read: a few
 * elements, then pixel data whose every byte depends on its offset, so that
 * a lost, doubled or misplaced PDV shows. */
struct synthetic {
    uint8_t head[512];
    size_t head_len;
    uint64_t total, off;
    size_t max_cap; /* the most the sender asked for at once */
};

static uint8_t synthetic_byte(uint64_t i)
{
    return (uint8_t)(i * 31 ^ (i >> 9) ^ (i >> 19));
}

static void synthetic_init(struct synthetic *sy, uint32_t pixels)
{
    struct ds *ds = ds_new();
    struct buf b;
    static const uint8_t pixel_tag[] = {0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0};

    buf_init(&b, sizeof sy->head);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0016), VR_UI, CT), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0018), VR_UI, SOP), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0010, 0x0020), VR_LO, "STREAM"), 0);
    ck_assert_int_eq(enc_encode(ds, ts_explicit_le(), &b), 0);
    ck_assert_uint_le(b.len + 12, sizeof sy->head);
    memcpy(sy->head, b.data, b.len);
    memcpy(sy->head + b.len, pixel_tag, sizeof pixel_tag);
    for (int i = 0; i < 4; i++)
        sy->head[b.len + 8 + i] = (uint8_t)(pixels >> (8 * i));
    sy->head_len = b.len + 12;
    sy->total = sy->head_len + pixels;
    sy->off = 0;
    sy->max_cap = 0;
    buf_free(&b);
    ds_free(ds);
}

/* Byte i of the synthetic dataset. */
static uint8_t synthetic_at(const struct synthetic *sy, uint64_t i)
{
    return i < sy->head_len ? sy->head[i] : synthetic_byte(i);
}

static int synthetic_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct synthetic *sy = arg;
    uint64_t left = sy->total - sy->off;
    size_t k = left < cap ? (size_t)left : cap;

    if (cap > sy->max_cap)
        sy->max_cap = cap;
    for (size_t i = 0; i < k; i++)
        p[i] = synthetic_at(sy, sy->off + i);
    sy->off += k;
    *n = k;
    return 0;
}

static long max_rss_kb(void)
{
    struct rusage ru;

    ck_assert_int_eq(getrusage(RUSAGE_SELF, &ru), 0);
    return ru.ru_maxrss;
}

/* The one file storescp wrote: its dataset (after the meta group) must be
 * the synthetic one, byte for byte. */
static void check_received(const struct synthetic *sy)
{
    static uint8_t chunk[1 << 16];
    struct dirent *e;
    struct stat st;
    char path[512];
    uint8_t meta[144];
    uint32_t glen;
    uint64_t i = 0;
    FILE *f;
    DIR *dp = opendir(dir);
    int found = 0;

    ck_assert_ptr_nonnull(dp);
    for (e = readdir(dp); e != NULL; e = readdir(dp)) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        found++;
    }
    closedir(dp);
    ck_assert_int_eq(found, 1);
    f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fread(meta, 1, sizeof meta, f), sizeof meta);
    ck_assert_int_eq(memcmp(meta + 128, "DICM\x02\x00\x00\x00UL\x04\x00", 12), 0);
    glen = (uint32_t)meta[140] | (uint32_t)meta[141] << 8 | (uint32_t)meta[142] << 16 |
           (uint32_t)meta[143] << 24;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_eq((uint64_t)st.st_size, sizeof meta + glen + sy->total);
    ck_assert_int_eq(fseek(f, (long)(sizeof meta + glen), SEEK_SET), 0);
    while (i < sy->total) {
        size_t n = fread(chunk, 1, sizeof chunk, f);

        ck_assert_uint_gt(n, 0);
        for (size_t k = 0; k < n; k++) {
            if (chunk[k] != synthetic_at(sy, i + k))
                ck_abort_msg("dataset byte %llu differs", (unsigned long long)(i + k));
        }
        i += n;
    }
    fclose(f);
    unlink(path);
    rmdir(dir);
}

/* Stream a synthetic dataset with `pixels` bytes of pixel data to storescp
 * (started with `max_pdu` as its -pdu, NULL: its default 16384) as a C-MOVE
 * sub-operation would; returns how much our peak memory grew, in KB. */
static long stream_to_storescp(uint32_t pixels, const char *max_pdu, uint32_t expect_peer_max)
{
    struct pdu_assoc *rq = malloc(sizeof *rq);
    const char *ts[] = {TS_EXPLICIT_LE};
    const struct assoc_ctx *ctx;
    struct dimse_store_rq st = {CT, SOP, 11, 0, "MOVESCU", 5};
    struct synthetic *sy = malloc(sizeof *sy);
    struct dimse_cmd rsp;
    struct assoc *as;
    struct dimse d;
    /* Bit-preserving: the dataset is written as it came off the wire. */
    const char *opts[] = {"+B", max_pdu ? "-pdu" : NULL, max_pdu, NULL};
    long before, grown;

    synthetic_init(sy, pixels);
    start_storescp_with(opts);
    before = max_rss_kb();
    assoc_rq_init(rq, "DGATE", "STORESCP", 65536);
    ck_assert_int_eq(assoc_rq_add(rq, CT, ts, 1), 1);
    ck_assert_int_eq(assoc_request("127.0.0.1", port, rq, 30, &as, NULL), 0);
    ck_assert_uint_eq(assoc_peer_max_pdu(as), expect_peer_max);
    ctx = assoc_find_context(as, CT, TS_EXPLICIT_LE);
    ck_assert_ptr_nonnull(ctx);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_send_store(&d, ctx->id, &st, synthetic_read, sy), 0);
    ck_assert_int_eq(dimse_recv_store_rsp(&d, 11, &rsp), 0);
    ck_assert_uint_eq(rsp.status, STATUS_SUCCESS);
    ck_assert_str_eq(rsp.sop_instance, SOP);
    ck_assert_uint_eq(sy->off, sy->total);
    /* PDV data to fit the peer's limit, plus two bytes of look-ahead. */
    ck_assert_uint_eq(sy->max_cap, expect_peer_max - 6 + 2);
    ck_assert_uint_eq(d.chunk_size, expect_peer_max - 6 + 2);
    grown = max_rss_kb() - before;
    ck_assert_int_eq(assoc_release(as), 0);
    dimse_free(&d);
    assoc_free(as);
    stop_storescp();
    check_received(sy);
    free(sy);
    free(rq);
    return grown;
}

START_TEST(test_streamed_100mb_store_arrives_byte_identical_in_flat_memory)
{
    long grown = stream_to_storescp(100u << 20, NULL, 16384);

    /* A whole-dataset buffer would be 100 MB; one PDU is 16 KB. */
    ck_assert_int_lt(grown, 2048);
}
END_TEST

START_TEST(test_streamed_store_fits_a_4096_byte_max_pdu)
{
    /* storescp takes longer PDUs too: the source's largest request shows the size. */
    ck_assert_int_lt(stream_to_storescp(1u << 20, "4096", 4096), 2048);
}
END_TEST

int main(void)
{
    Suite *s;
    TCase *tc;
    SRunner *sr;
    int failed;

    if (system("command -v storescp > /dev/null 2>&1") != 0) {
        printf("SKIP: storescp (dcmtk) is not installed\n");
        return 77;
    }
    s = suite_create("requestor");
    tc = tcase_create("storescp");
    tcase_set_timeout(tc, 300); /* 100 MB through storescp onto disk */
    tcase_add_test(tc, test_echo_and_store_to_storescp);
    tcase_add_test(tc, test_streamed_100mb_store_arrives_byte_identical_in_flat_memory);
    tcase_add_test(tc, test_streamed_store_fits_a_4096_byte_max_pdu);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
