/* Unit tests for src/net/dimse.c: command sets byte for byte, their
 * decoding (with what a command must have), responses, and the message
 * exchange over a socket pair (commands split over PDVs, datasets streamed
 * to a sink that may fail while the rest is drained). */
#include "dicom/encoding.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "net/sop_list.h"
#include "util/error.h"

#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define ECHO "1.2.840.10008.1.1"
#define CT "1.2.840.10008.5.1.4.1.1.2"

/* The C-ECHO-RQ of PS3.7 9.3.5, as dcmtk's echoscu sends it. */
static const uint8_t echo_rq_bytes[] = {
    0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x38, 0x00, 0x00, 0x00, /* group length 56 */
    0x00, 0x00, 0x02, 0x00, 0x12, 0x00, 0x00, 0x00, '1',  '.',  '2',  '.',  '8', '4',
    '0',  '.',  '1',  '0',  '0',  '0',  '8',  '.',  '1',  '.',  '1',  0x00, /* affected SOP class,
                                                                               NUL padded */
    0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x30, 0x00,             /* command field */
    0x00, 0x00, 0x10, 0x01, 0x02, 0x00, 0x00, 0x00, 0x07, 0x00,             /* message ID 7 */
    0x00, 0x00, 0x00, 0x08, 0x02, 0x00, 0x00, 0x00, 0x01, 0x01,             /* no dataset */
};

START_TEST(test_encode_echo_rq_exact_bytes)
{
    struct dimse_cmd c = {0};
    struct buf b;

    c.command = DIMSE_C_ECHO_RQ;
    c.dataset_type = DIMSE_NO_DATASET;
    c.message_id = 7;
    strcpy(c.sop_class, ECHO);
    c.present = DIMSE_F_SOP_CLASS | DIMSE_F_MESSAGE_ID;
    buf_init(&b, DIMSE_MAX_COMMAND);
    ck_assert_int_eq(dimse_encode(&c, &b), 0);
    ck_assert_uint_eq(b.len, sizeof echo_rq_bytes);
    ck_assert_int_eq(memcmp(b.data, echo_rq_bytes, sizeof echo_rq_bytes), 0);
    buf_free(&b);
}
END_TEST

START_TEST(test_decode_echo_rq)
{
    struct dimse_cmd c;

    ck_assert_int_eq(dimse_decode(echo_rq_bytes, sizeof echo_rq_bytes, &c), 0);
    ck_assert_uint_eq(c.command, DIMSE_C_ECHO_RQ);
    ck_assert_uint_eq(c.message_id, 7);
    ck_assert_uint_eq(c.dataset_type, DIMSE_NO_DATASET);
    ck_assert_str_eq(c.sop_class, ECHO);
    ck_assert_uint_eq(c.present, DIMSE_F_SOP_CLASS | DIMSE_F_MESSAGE_ID);
}
END_TEST

START_TEST(test_round_trip_move_response_with_counts)
{
    struct dimse_cmd rq = {0}, rsp, back;
    struct buf b;

    rq.command = DIMSE_C_MOVE_RQ;
    rq.message_id = 12;
    strcpy(rq.sop_class, "1.2.840.10008.5.1.4.1.2.2.2");
    rq.present = DIMSE_F_SOP_CLASS | DIMSE_F_MESSAGE_ID;
    dimse_response(&rq, STATUS_PENDING, &rsp);
    rsp.remaining = 3;
    rsp.completed = 2;
    rsp.failed = 1;
    rsp.warning = 0;
    rsp.present |= DIMSE_F_COUNTS;
    buf_init(&b, DIMSE_MAX_COMMAND);
    ck_assert_int_eq(dimse_encode(&rsp, &b), 0);
    ck_assert_int_eq(dimse_decode(b.data, b.len, &back), 0);
    ck_assert_uint_eq(back.command, DIMSE_C_MOVE_RSP);
    ck_assert_uint_eq(back.responded_id, 12);
    ck_assert_uint_eq(back.status, STATUS_PENDING);
    ck_assert_uint_eq(back.remaining, 3);
    ck_assert_uint_eq(back.completed, 2);
    ck_assert_uint_eq(back.failed, 1);
    ck_assert_uint_eq(back.warning, 0);
    ck_assert_uint_eq(back.dataset_type, DIMSE_NO_DATASET);
    ck_assert(back.present & DIMSE_F_COUNTS);
    ck_assert(!(back.present & DIMSE_F_MESSAGE_ID));
    buf_free(&b);
}
END_TEST

START_TEST(test_round_trip_store_and_move_fields)
{
    struct dimse_cmd c = {0}, back;
    struct buf b;

    c.command = DIMSE_C_STORE_RQ;
    c.dataset_type = DIMSE_HAS_DATASET;
    c.message_id = 65535;
    c.priority = 2;
    strcpy(c.sop_class, CT);
    strcpy(c.sop_instance, "1.2.3.4.5.6");
    strcpy(c.originator_ae, "MOVESCU");
    c.originator_id = 99;
    c.present = DIMSE_F_SOP_CLASS | DIMSE_F_MESSAGE_ID | DIMSE_F_PRIORITY | DIMSE_F_SOP_INSTANCE |
                DIMSE_F_ORIGINATOR;
    buf_init(&b, DIMSE_MAX_COMMAND);
    ck_assert_int_eq(dimse_encode(&c, &b), 0);
    ck_assert_int_eq(dimse_decode(b.data, b.len, &back), 0);
    ck_assert_uint_eq(back.message_id, 65535);
    ck_assert_uint_eq(back.priority, 2);
    ck_assert_str_eq(back.sop_instance, "1.2.3.4.5.6");
    ck_assert_str_eq(back.originator_ae, "MOVESCU");
    ck_assert_uint_eq(back.originator_id, 99);
    ck_assert_uint_eq(back.present, c.present);
    buf_free(&b);
    /* The C-STORE response names the instance it answers. */
    dimse_response(&c, STATUS_OUT_OF_RESOURCES, &back);
    ck_assert_uint_eq(back.command, DIMSE_C_STORE_RSP);
    ck_assert_str_eq(back.sop_instance, "1.2.3.4.5.6");
    ck_assert_uint_eq(back.status, 0xA700);
}
END_TEST

START_TEST(test_round_trip_find_get_and_cancel)
{
    static const uint16_t commands[] = {DIMSE_C_FIND_RQ, DIMSE_C_GET_RQ, DIMSE_C_MOVE_RQ};
    struct dimse_cmd c = {0}, back;
    struct buf b;

    buf_init(&b, DIMSE_MAX_COMMAND);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        memset(&c, 0, sizeof c);
        c.command = commands[i];
        c.dataset_type = DIMSE_HAS_DATASET;
        c.message_id = (uint16_t)(100 + i);
        c.priority = 1;
        strcpy(c.sop_class, "1.2.840.10008.5.1.4.1.2.2.1");
        strcpy(c.move_destination, "MITO_CLIENT");
        c.present = DIMSE_F_SOP_CLASS | DIMSE_F_MESSAGE_ID | DIMSE_F_PRIORITY |
                    (commands[i] == DIMSE_C_MOVE_RQ ? DIMSE_F_MOVE_DEST : 0);
        buf_reset(&b);
        ck_assert_int_eq(dimse_encode(&c, &b), 0);
        ck_assert_int_eq(dimse_decode(b.data, b.len, &back), 0);
        ck_assert_uint_eq(back.command, commands[i]);
        ck_assert_uint_eq(back.message_id, 100 + i);
        ck_assert_uint_eq(back.dataset_type, DIMSE_HAS_DATASET);
        ck_assert_uint_eq(back.present, c.present);
        if (commands[i] == DIMSE_C_MOVE_RQ)
            ck_assert_str_eq(back.move_destination, "MITO_CLIENT");
    }
    /* C-CANCEL-RQ: no SOP class, only the ID of the request it cancels. */
    memset(&c, 0, sizeof c);
    c.command = DIMSE_C_CANCEL_RQ;
    c.dataset_type = DIMSE_NO_DATASET;
    c.responded_id = 101;
    c.present = DIMSE_F_RESPONDED_ID;
    buf_reset(&b);
    ck_assert_int_eq(dimse_encode(&c, &b), 0);
    ck_assert_int_eq(dimse_decode(b.data, b.len, &back), 0);
    ck_assert_uint_eq(back.command, DIMSE_C_CANCEL_RQ);
    ck_assert_uint_eq(back.responded_id, 101);
    ck_assert_uint_eq(back.present, DIMSE_F_RESPONDED_ID);
    ck_assert_str_eq(dimse_command_name(back.command), "C-CANCEL-RQ");
    buf_free(&b);
}
END_TEST

START_TEST(test_decode_needs_command_field_and_dataset_type)
{
    struct dimse_cmd c;
    /* The echo without its (0000,0800): the last 10 bytes. */
    ck_assert_int_eq(dimse_decode(echo_rq_bytes, sizeof echo_rq_bytes - 10, &c), DG_EPARSE);
    /* Garbage. */
    ck_assert_int_eq(dimse_decode((const uint8_t *)"\xff\xff\xff\xff\xff\xff\xff\xff", 8, &c),
                     DG_EPARSE);
    /* Nothing. */
    ck_assert_int_eq(dimse_decode(echo_rq_bytes, 0, &c), DG_EPARSE);
}
END_TEST

/* A 65-character UID and a 17-character AE are the peer's mistake, not a
 * broken command: they decode as present, empty and invalid, and the rest of
 * the command is read, so that the service can answer with a status. */
START_TEST(test_decode_marks_overlong_strings_invalid)
{
    char uid[66], ae[18];
    struct dimse_cmd back;
    struct buf b;

    memset(uid, '1', 65);
    uid[65] = '\0';
    memset(ae, 'A', 17);
    ae[17] = '\0';
    buf_init(&b, DIMSE_MAX_COMMAND);
    /* Encoded by hand: our encoder (rightly) never writes such values. */
    struct ds *ds = ds_new();
    ck_assert_ptr_nonnull(ds);
    ck_assert_int_eq(ds_set_u16(ds, DICT_TAG(0x0000, 0x0100), DIMSE_C_STORE_RQ), 0);
    ck_assert_int_eq(ds_set_u16(ds, DICT_TAG(0x0000, 0x0110), 9), 0);
    ck_assert_int_eq(ds_set_u16(ds, DICT_TAG(0x0000, 0x0800), 0x0000), 0);
    ck_assert_int_eq(
        ds_set_string(ds, DICT_TAG(0x0000, 0x0002), VR_UI, "1.2.840.10008.5.1.4.1.1.2"), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0000, 0x1000), VR_UI, uid), 0);
    ck_assert_int_eq(ds_set_string(ds, DICT_TAG(0x0000, 0x0600), VR_AE, ae), 0);
    buf_reset(&b);
    ck_assert_int_eq(enc_encode(ds, ts_implicit_le(), &b), 0);
    ds_free(ds);
    ck_assert_int_eq(dimse_decode(b.data, b.len, &back), 0);
    ck_assert_uint_eq(back.command, DIMSE_C_STORE_RQ);
    ck_assert_uint_eq(back.message_id, 9);
    ck_assert_str_eq(back.sop_class, "1.2.840.10008.5.1.4.1.1.2");
    ck_assert(back.present & DIMSE_F_SOP_INSTANCE);
    ck_assert(back.present & DIMSE_F_MOVE_DEST);
    ck_assert_uint_eq(back.invalid, DIMSE_F_SOP_INSTANCE | DIMSE_F_MOVE_DEST);
    ck_assert_str_eq(back.sop_instance, "");
    ck_assert_str_eq(back.move_destination, "");
    buf_free(&b);
}
END_TEST

START_TEST(test_decode_refuses_wrong_sizes)
{
    uint8_t bad[sizeof echo_rq_bytes];
    struct dimse_cmd c;

    /* Message ID with a 4-byte value instead of US. */
    memcpy(bad, echo_rq_bytes, sizeof bad);
    bad[52] = 4;
    ck_assert_int_ne(dimse_decode(bad, sizeof bad, &c), 0);
    /* An element length beyond the buffer. */
    memcpy(bad, echo_rq_bytes, sizeof bad);
    bad[16] = 0xff;
    ck_assert_int_ne(dimse_decode(bad, sizeof bad, &c), 0);
}
END_TEST

/* An association on a socket pair with an echo context (1) and a CT
 * context (3); *peer is the raw other end. */
static struct assoc *pair(int *peer)
{
    static const char list[] = "A 1.2.840.10008.1.2 transfer\nE 1.2.840.10008.1.1 sop\n"
                               "C 1.2.840.10008.5.1.4.1.1.2 sop\n";
    const char *ts[] = {"1.2.840.10008.1.2"};
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    struct sop_list *sops;
    struct assoc *as;
    char err[100];
    uint8_t skip[4096];
    int sv[2];

    ck_assert_int_eq(sop_list_parse(list, strlen(list), &sops, err, sizeof err), 0);
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    assoc_rq_init(rq, "SCU", "SCP", 0);
    assoc_rq_add(rq, ECHO, ts, 1);
    assoc_rq_add(rq, CT, ts, 1);
    ck_assert_int_eq(assoc_negotiate(rq, sops, 16384, ac, NULL), 2);
    ck_assert_int_eq(assoc_accept(sv[0], ac, 0, &as), 0);
    ck_assert_int_gt(read(sv[1], skip, sizeof skip), 0); /* the AC */
    sop_list_free(sops);
    free(rq);
    free(ac);
    *peer = sv[1];
    return as;
}

static void send_pdv(int fd, uint8_t ctx, uint8_t control, const void *p, size_t n)
{
    uint8_t h[12];
    pdu_encode_data_header(h, ctx, control, (uint32_t)n);
    ck_assert_int_eq(write(fd, h, 12), 12);
    if (n)
        ck_assert_int_eq(write(fd, p, n), (ssize_t)n);
}

START_TEST(test_command_in_fragments)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd c;
    uint8_t ctx = 0;

    send_pdv(peer, 1, PDV_COMMAND, echo_rq_bytes, 20);
    send_pdv(peer, 1, PDV_COMMAND | PDV_LAST, echo_rq_bytes + 20, sizeof echo_rq_bytes - 20);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_command(&d, &c, &ctx), 0);
    ck_assert_uint_eq(ctx, 1);
    ck_assert_uint_eq(c.message_id, 7);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_dataset_before_command_aborts)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd c;
    uint8_t ctx = 0, got[10];

    send_pdv(peer, 1, PDV_LAST, "xx", 2);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_command(&d, &c, &ctx), DG_EPROTO);
    ck_assert_int_eq(recv(peer, got, 10, MSG_WAITALL), 10);
    ck_assert_uint_eq(got[0], PDU_ABORT);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_command_switching_context_aborts)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd c;
    uint8_t ctx = 0;

    send_pdv(peer, 1, PDV_COMMAND, echo_rq_bytes, 20);
    send_pdv(peer, 3, PDV_COMMAND | PDV_LAST, echo_rq_bytes + 20, sizeof echo_rq_bytes - 20);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_command(&d, &c, &ctx), DG_EPROTO);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_endless_command_is_capped)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd c;
    uint8_t ctx = 0;
    static uint8_t chunk[8000];

    /* Written by a child so that a full socket buffer cannot block us. */
    if (fork() == 0) {
        for (int i = 0; i < 10; i++)
            send_pdv(peer, 1, PDV_COMMAND, chunk, sizeof chunk);
        _exit(0);
    }
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_command(&d, &c, &ctx), DG_ETOOBIG);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

struct collected {
    uint8_t data[1000];
    size_t len;
    int calls;
    int fail_at; /* return an error at this call (1-based); 0 never */
};

static int collect(void *arg, const uint8_t *p, size_t n)
{
    struct collected *c = arg;

    c->calls++;
    if (c->calls == c->fail_at)
        return -ENOSPC;
    memcpy(c->data + c->len, p, n);
    c->len += n;
    return 0;
}

START_TEST(test_dataset_streams_to_sink)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct collected col = {{0}, 0, 0, 0};

    send_pdv(peer, 3, 0, "abc", 3);
    send_pdv(peer, 3, 0, "", 0);
    send_pdv(peer, 3, PDV_LAST, "defg", 4);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_dataset(&d, 3, collect, &col), 0);
    ck_assert_uint_eq(col.len, 7);
    ck_assert_int_eq(memcmp(col.data, "abcdefg", 7), 0);
    ck_assert_int_eq(col.calls, 2); /* empty PDVs are not passed on */
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_failing_sink_drains_and_keeps_association)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd c;
    struct collected col = {{0}, 0, 0, 1};
    uint8_t ctx = 0;

    send_pdv(peer, 3, 0, "abc", 3);
    send_pdv(peer, 3, 0, "def", 3);
    send_pdv(peer, 3, PDV_LAST, "g", 1);
    send_pdv(peer, 1, PDV_COMMAND | PDV_LAST, echo_rq_bytes, sizeof echo_rq_bytes);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_dataset(&d, 3, collect, &col), -ENOSPC);
    ck_assert_int_eq(col.calls, 1);
    /* The next command is read normally. */
    ck_assert_int_eq(dimse_recv_command(&d, &c, &ctx), 0);
    ck_assert_uint_eq(c.command, DIMSE_C_ECHO_RQ);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_command_pdv_inside_dataset_aborts)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct collected col = {{0}, 0, 0, 0};

    send_pdv(peer, 3, 0, "abc", 3);
    send_pdv(peer, 3, PDV_COMMAND | PDV_LAST, "x", 1);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_dataset(&d, 3, collect, &col), DG_EPROTO);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_send_command_is_one_pdu)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd rq, rsp;
    uint8_t got[200];
    ssize_t n;

    ck_assert_int_eq(dimse_decode(echo_rq_bytes, sizeof echo_rq_bytes, &rq), 0);
    dimse_response(&rq, STATUS_SUCCESS, &rsp);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_send_command(&d, 1, &rsp), 0);
    n = read(peer, got, sizeof got);
    ck_assert_int_gt(n, 12);
    ck_assert_uint_eq(got[0], PDU_DATA_TF);
    ck_assert_uint_eq((size_t)got[5] + 6, (size_t)n); /* the whole PDU in one read */
    ck_assert_uint_eq(got[11], PDV_COMMAND | PDV_LAST);
    ck_assert_int_eq(dimse_decode(got + 12, (size_t)n - 12, &rq), 0);
    ck_assert_uint_eq(rq.command, DIMSE_C_ECHO_RSP);
    ck_assert_uint_eq(rq.responded_id, 7);
    ck_assert_uint_eq(rq.status, 0);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

static Suite *dimse_suite(void)
{
    Suite *s = suite_create("dimse");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_encode_echo_rq_exact_bytes);
    tcase_add_test(tc, test_decode_echo_rq);
    tcase_add_test(tc, test_round_trip_move_response_with_counts);
    tcase_add_test(tc, test_round_trip_store_and_move_fields);
    tcase_add_test(tc, test_round_trip_find_get_and_cancel);
    tcase_add_test(tc, test_decode_needs_command_field_and_dataset_type);
    tcase_add_test(tc, test_decode_refuses_wrong_sizes);
    tcase_add_test(tc, test_decode_marks_overlong_strings_invalid);
    tcase_add_test(tc, test_command_in_fragments);
    tcase_add_test(tc, test_dataset_before_command_aborts);
    tcase_add_test(tc, test_command_switching_context_aborts);
    tcase_add_test(tc, test_endless_command_is_capped);
    tcase_add_test(tc, test_dataset_streams_to_sink);
    tcase_add_test(tc, test_failing_sink_drains_and_keeps_association);
    tcase_add_test(tc, test_command_pdv_inside_dataset_aborts);
    tcase_add_test(tc, test_send_command_is_one_pdu);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dimse_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
