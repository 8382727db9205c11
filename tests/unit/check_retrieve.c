/* Reading a stored object back (core/retrieve.c): opened by (DeviceName,
 * ObjectFile) through the archive, its meta header read, and its dataset
 * streamed as a C-MOVE sub-operation sends it, to dcmtk's storescp: a 64 MB
 * object arrives byte for byte while our memory stays flat. Paths that
 * would leave the device, unknown devices and files that are not DICOM are
 * refused. Skipped (77) when storescp is not installed. */
#include "archive/archive.h"
#include "config/config.h"
#include "core/retrieve.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/part10.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "storescp_harness.h"
#include "util/error.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#define CT "1.2.840.10008.5.1.4.1.1.2"
#define SOP "1.2.826.0.1.3680043.2.1125.45.1"
#define PIXELS (64u << 20)

static char mag[] = "/tmp/check_retrieve.XXXXXX";
static char stored[600];
static struct config cfg;

static uint8_t pixel_byte(uint64_t i)
{
    return (uint8_t)(i * 7 ^ (i >> 11));
}

/* MAG0 with P/obj.dcm: a CT object of PIXELS bytes of pixel data, written
 * in chunks as a received file is. */
static void make_stored_object(void)
{
    struct p10_meta_info mi = {CT, SOP, TS_EXPLICIT_LE, "TEST"};
    static uint8_t chunk[1 << 16];
    struct ds *ds = ds_new();
    struct buf b;
    char dir[600];
    FILE *f;
    static const uint8_t pixel_tag[] = {0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0};
    uint8_t len[4] = {PIXELS & 0xFF, (PIXELS >> 8) & 0xFF, (PIXELS >> 16) & 0xFF, PIXELS >> 24};

    ck_assert_ptr_nonnull(mkdtemp(mag));
    snprintf(dir, sizeof dir, "%s/P", mag);
    ck_assert_int_eq(mkdir(dir, 0755), 0);
    snprintf(stored, sizeof stored, "%s/P/obj.dcm", mag);
    buf_init(&b, 1 << 16);
    ck_assert_int_eq(p10_encode_meta(&mi, &b), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0016), VR_UI, CT), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0018), VR_UI, SOP), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0010, 0x0020), VR_LO, "RETRIEVE"), 0);
    ck_assert_int_eq(enc_encode(ds, ts_explicit_le(), &b), 0);
    f = fopen(stored, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(b.data, 1, b.len, f), b.len);
    ck_assert_uint_eq(fwrite(pixel_tag, 1, sizeof pixel_tag, f), sizeof pixel_tag);
    ck_assert_uint_eq(fwrite(len, 1, 4, f), 4);
    for (uint64_t off = 0; off < PIXELS; off += sizeof chunk) {
        for (size_t i = 0; i < sizeof chunk; i++)
            chunk[i] = pixel_byte(off + i);
        ck_assert_uint_eq(fwrite(chunk, 1, sizeof chunk, f), sizeof chunk);
    }
    ck_assert_int_eq(fclose(f), 0);
    buf_free(&b);
    ds_free(ds);
    config_defaults(&cfg);
    cfg.mag_devices = 1;
    snprintf(cfg.mag[0], sizeof cfg.mag[0], "%s/", mag);
}

static void remove_stored_object(void)
{
    char p[700];

    unlink(stored);
    snprintf(p, sizeof p, "%s/P", mag);
    rmdir(p);
    snprintf(p, sizeof p, "%s/.incoming", mag);
    rmdir(p);
    rmdir(mag);
}

static long max_rss_kb(void)
{
    struct rusage ru;

    ck_assert_int_eq(getrusage(RUSAGE_SELF, &ru), 0);
    return ru.ru_maxrss;
}

/* The dataset (after the meta group) of the one file in dir equals the
 * dataset of the stored object, byte for byte. */
static void check_received(const char *dir, uint64_t dataset_size)
{
    static uint8_t a[1 << 16], b[1 << 16];
    struct dirent *e;
    char path[700] = "";
    DIR *dp = opendir(dir);
    FILE *fa, *fb;
    struct stat st;
    uint64_t done = 0;

    ck_assert_ptr_nonnull(dp);
    for (e = readdir(dp); e != NULL; e = readdir(dp)) {
        if (e->d_name[0] != '.')
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    }
    closedir(dp);
    ck_assert_str_ne(path, "");
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_ge((uint64_t)st.st_size, dataset_size);
    fa = fopen(path, "rb");
    fb = fopen(stored, "rb");
    ck_assert_int_eq(fseek(fa, (long)((uint64_t)st.st_size - dataset_size), SEEK_SET), 0);
    ck_assert_int_eq(stat(stored, &st), 0);
    ck_assert_int_eq(fseek(fb, (long)((uint64_t)st.st_size - dataset_size), SEEK_SET), 0);
    while (done < dataset_size) {
        size_t na = fread(a, 1, sizeof a, fa), nb = fread(b, 1, sizeof b, fb);
        ck_assert_uint_eq(na, nb);
        ck_assert_uint_gt(na, 0);
        ck_assert_int_eq(memcmp(a, b, na), 0);
        done += na;
    }
    fclose(fa);
    fclose(fb);
    unlink(path);
    rmdir(dir);
}

START_TEST(test_stored_object_streams_to_storescp_byte_identical_in_flat_memory)
{
    static const char *const opts[] = {"+B", NULL};
    const char *ts[] = {TS_EXPLICIT_LE};
    char scp_dir[sizeof STORESCP_DIR_TEMPLATE];
    struct retrieve_object o;
    struct pdu_assoc *rq = malloc(sizeof *rq);
    struct dimse_store_rq st = {NULL, NULL, 3, 0, "MOVESCU", 9};
    const struct assoc_ctx *ctx;
    struct archive *ar;
    struct dimse_cmd rsp;
    struct assoc *as;
    struct dimse d;
    long before;
    int port;
    pid_t scp;

    make_stored_object();
    ck_assert_int_eq(archive_open(&cfg, 0, &ar), 0);
    scp = storescp_start(scp_dir, opts, &port);
    before = max_rss_kb();
    ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG0", "P/obj.dcm", &o), 0);
    ck_assert_str_eq(o.sop_class, CT);
    ck_assert_str_eq(o.sop_instance, SOP);
    ck_assert_str_eq(o.ts, TS_EXPLICIT_LE);
    ck_assert_uint_gt(o.dataset_size, PIXELS);
    assoc_rq_init(rq, "DGATE", "STORESCP", 65536);
    ck_assert_int_eq(assoc_rq_add(rq, CT, ts, 1), 1);
    ck_assert_int_eq(assoc_request("127.0.0.1", port, rq, 30, &as, NULL), 0);
    ctx = assoc_find_context(as, CT, TS_EXPLICIT_LE);
    ck_assert_ptr_nonnull(ctx);
    dimse_init(&d, as);
    st.sop_class = o.sop_class;
    st.sop_instance = o.sop_instance;
    ck_assert_int_eq(dimse_send_store(&d, ctx->id, &st, retrieve_read, &o), 0);
    ck_assert_int_eq(dimse_recv_store_rsp(&d, 3, &rsp), 0);
    ck_assert_uint_eq(rsp.status, STATUS_SUCCESS);
    /* One PDU's worth of buffers, not the 64 MB object. */
    ck_assert_int_lt(max_rss_kb() - before, 2048);
    ck_assert_int_eq(assoc_release(as), 0);
    dimse_free(&d);
    assoc_free(as);
    storescp_stop(scp);
    check_received(scp_dir, o.dataset_size);
    retrieve_close(&o);
    archive_close(ar);
    remove_stored_object();
    free(rq);
}
END_TEST

START_TEST(test_retrieve_refuses_what_is_not_a_stored_object)
{
    struct retrieve_object o;
    struct archive *ar;
    char p[700];
    FILE *f;

    make_stored_object();
    ck_assert_int_eq(archive_open(&cfg, 0, &ar), 0);
    ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG1", "P/obj.dcm", &o), -ENODEV);
    ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG0", "../obj.dcm", &o), -EINVAL);
    ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG0", "/etc/passwd", &o), -EINVAL);
    ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG0", "P/missing.dcm", &o), -ENOENT);
    snprintf(p, sizeof p, "%s/P/text.dcm", mag);
    f = fopen(p, "w");
    fputs("root:x:0:0:root:/root:/bin/bash\n", f);
    fclose(f);
    ck_assert_int_ne(retrieve_open(ar, &cfg, "MAG0", "P/text.dcm", &o), 0);
    ck_assert_ptr_null(o.rd);
    unlink(p);
    retrieve_close(&o);
    archive_close(ar);
    remove_stored_object();
}
END_TEST

/* An Implicit VR LE object transcoded for a receiver that takes Explicit
 * VR LE or BE: the copy (an anonymous file on the device, nothing left in
 * .incoming) holds the same elements and values; a target we have no codec
 * for is refused. */
START_TEST(test_uncompressed_object_transcodes_between_syntaxes)
{
    static const uint16_t pixels[4] = {1, 0x0203, 0x0405, 0xFFFE};
    struct retrieve_object o;
    struct archive *ar;
    struct ds *ds = ds_new(), *back;
    struct buf out;
    size_t n;
    char p[700], name[64];
    uint16_t v;

    make_stored_object();
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0016), VR_UI, CT), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0018), VR_UI, SOP ".2"), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0010, 0x0010), VR_PN, "Conv^Ert"), 0);
    ck_assert_int_eq(ds_set_u16(ds, DICT_TAG(0x0028, 0x0010), 2), 0);
    ck_assert_int_eq(ds_set_u16(ds, DICT_TAG(0x0028, 0x0100), 16), 0);
    ck_assert_int_eq(ds_set(ds, DICT_TAG(0x7FE0, 0x0010), VR_OW, pixels, sizeof pixels), 0);
    snprintf(p, sizeof p, "%s/P/implicit.dcm", mag);
    ck_assert_int_eq(p10_write_file(p, ds, TS_IMPLICIT_LE, NULL), 0);
    ds_free(ds);
    ck_assert_int_eq(archive_open(&cfg, 0, &ar), 0);
    buf_init(&out, 1 << 20);
    for (int i = 0; i < 2; i++) {
        const struct ts *to = i == 0 ? ts_explicit_le() : ts_explicit_be();

        ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG0", "P/implicit.dcm", &o), 0);
        ck_assert_str_eq(o.ts, TS_IMPLICIT_LE);
        ck_assert_int_eq(retrieve_transcode(&o, &cfg, to->uid, NULL), 0);
        ck_assert_str_eq(o.ts, to->uid);
        ck_assert_str_eq(o.sop_instance, SOP ".2");
        ck_assert_int_eq(o.lossy_applied, 0);
        buf_reset(&out);
        do {
            ck_assert_int_eq(buf_reserve(&out, 4096), 0);
            ck_assert_int_eq(retrieve_read(&o, out.data + out.len, out.alloc - out.len, &n), 0);
            out.len += n;
        } while (n);
        ck_assert_uint_eq(out.len, o.dataset_size);
        retrieve_close(&o);
        back = ds_new();
        ck_assert_int_eq(enc_decode(out.data, out.len, to, NULL, back, NULL), 0);
        ck_assert_int_eq(ds_get_string(back, DICT_TAG(0x0010, 0x0010), name, sizeof name), 0);
        ck_assert_str_eq(name, "Conv^Ert");
        ck_assert_int_eq(ds_get_u16(back, DICT_TAG(0x0028, 0x0010), 0, &v), 0);
        ck_assert_uint_eq(v, 2);
        const struct ds_elem *e = ds_find(back, DICT_TAG(0x7FE0, 0x0010));
        ck_assert_ptr_nonnull(e);
        ck_assert_uint_eq(e->len, sizeof pixels);
        ck_assert_int_eq(memcmp(e->value, pixels, sizeof pixels), 0);
        ds_free(back);
    }
    ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG0", "P/implicit.dcm", &o), 0);
    ck_assert_int_eq(retrieve_transcode(&o, &cfg, "1.2.840.10008.1.2.4.100", NULL),
                     DG_EUNSUPPORTED);
    retrieve_close(&o);
    buf_free(&out);
    unlink(p);
    archive_close(ar);
    remove_stored_object();
}
END_TEST

/* A header of several MiB (a private value before the pixels), read over
 * many reads with a decode between them, comes out whole, and header_len
 * says where the Pixel Data begins. (How often it is decoded is not
 * checked here.) */
START_TEST(test_long_header_is_read_whole)
{
    static const uint16_t pixels[4] = {9, 8, 7, 6};
    const size_t big = 3u << 20;
    uint8_t *value = malloc(big);
    struct retrieve_object o;
    struct archive *ar;
    struct ds *ds = ds_new(), *got = ds_new();
    struct buf raw;
    size_t header_len = 0;
    char p[700];

    ck_assert_ptr_nonnull(value);
    for (size_t i = 0; i < big; i++)
        value[i] = pixel_byte(i);
    make_stored_object();
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0016), VR_UI, CT), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0008, 0x0018), VR_UI, SOP ".3"), 0);
    ck_assert_int_eq(ds_set(ds, DICT_TAG(0x0009, 0x1010), VR_OB, value, big), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0010, 0x0010), VR_PN, "Long^Header"), 0);
    ck_assert_int_eq(ds_set(ds, DICT_TAG(0x7FE0, 0x0010), VR_OW, pixels, sizeof pixels), 0);
    snprintf(p, sizeof p, "%s/P/long.dcm", mag);
    ck_assert_int_eq(p10_write_file(p, ds, TS_EXPLICIT_LE, NULL), 0);
    ck_assert_int_eq(archive_open(&cfg, 0, &ar), 0);
    ck_assert_int_eq(retrieve_open(ar, &cfg, "MAG0", "P/long.dcm", &o), 0);
    buf_init(&raw, 16u << 20);
    ck_assert_int_eq(retrieve_header(&o, &raw, got, &header_len), 0);
    const struct ds_elem *e = ds_find(got, DICT_TAG(0x0009, 0x1010));
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->len, big);
    ck_assert_int_eq(memcmp(e->value, value, big), 0);
    ck_assert_ptr_nonnull(ds_find(got, DICT_TAG(0x0010, 0x0010)));
    ck_assert_ptr_null(ds_find(got, DICT_TAG(0x7FE0, 0x0010)));
    ck_assert_uint_ge(raw.len, header_len + 12);
    ck_assert_int_eq(memcmp(raw.data + header_len, "\xE0\x7F\x10\x00OW", 6), 0);
    retrieve_close(&o);
    buf_free(&raw);
    ds_free(got);
    ds_free(ds);
    free(value);
    unlink(p);
    archive_close(ar);
    remove_stored_object();
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
    s = suite_create("retrieve");
    tc = tcase_create("retrieve");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_stored_object_streams_to_storescp_byte_identical_in_flat_memory);
    tcase_add_test(tc, test_retrieve_refuses_what_is_not_a_stored_object);
    tcase_add_test(tc, test_uncompressed_object_transcodes_between_syntaxes);
    tcase_add_test(tc, test_long_header_is_read_whole);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
