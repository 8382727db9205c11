/* The association requestor (what C-MOVE sub-operations use) against a real
 * acceptor, dcmtk's storescp: negotiation, C-ECHO, a C-STORE whose dataset
 * is cut into several PDUs to fit storescp's maximum PDU length, release.
 * Skipped (77) when storescp is not installed. */
#include "dicom/encoding.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "util/error.h"

#include <arpa/inet.h>
#include <check.h>
#include <dirent.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define ECHO "1.2.840.10008.1.1"
#define CT "1.2.840.10008.5.1.4.1.1.2"
#define SOP "1.2.826.0.1.3680043.2.1125.44.1"
#define PIXELS 40000

static char dir[] = "/tmp/check_requestor.XXXXXX";
static pid_t scp = -1;
static int port;

static int free_port(void)
{
    struct sockaddr_in sin = {0};
    socklen_t sl = sizeof sin;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int p;

    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ck_assert_int_eq(bind(fd, (struct sockaddr *)&sin, sizeof sin), 0);
    ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
    p = ntohs(sin.sin_port);
    close(fd);
    return p;
}

/* Start storescp writing into dir and wait until it listens. */
static void start_storescp(void)
{
    char ports[16];

    ck_assert_ptr_nonnull(mkdtemp(dir));
    port = free_port();
    snprintf(ports, sizeof ports, "%d", port);
    scp = fork();
    if (scp == 0) {
        /* Never outlive the test, even when an assertion ends it early. */
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        execlp("storescp", "storescp", "-aet", "STORESCP", "-od", dir, ports, (char *)NULL);
        _exit(127);
    }
    for (int i = 0; i < 100; i++) {
        struct sockaddr_in sin = {0};
        int fd = socket(AF_INET, SOCK_STREAM, 0);

        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        sin.sin_port = htons((uint16_t)port);
        if (connect(fd, (struct sockaddr *)&sin, sizeof sin) == 0) {
            close(fd);
            return;
        }
        close(fd);
        usleep(50000);
    }
    ck_abort_msg("storescp did not start");
}

static void stop_storescp(void)
{
    if (scp > 0) {
        kill(scp, SIGTERM);
        waitpid(scp, NULL, 0);
    }
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
    while ((e = readdir(dp)) != NULL) {
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
    tcase_add_test(tc, test_echo_and_store_to_storescp);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
