/* Unit tests for src/net/dimse.c: command sets byte for byte, their
 * decoding (with what a command must have), responses, and the message
 * exchange over a socket pair (commands split over PDVs, datasets streamed
 * to a sink that may fail while the rest is drained, C-STORE-RQs streamed
 * from a source in PDVs that fit the peer's limit, their C-STORE-RSPs, and
 * C-CANCEL-RQs heard while an operation runs). */
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
#include <poll.h>
#include <pthread.h>
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
    rsp.present |= DIMSE_F_COUNTS | DIMSE_F_REMAINING;
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

/* A final C-MOVE-RSP carries the completed, failed and warning counts but
 * not the remaining one (PS3.4 C.4.2.1.6: pending and cancel only). */
START_TEST(test_final_move_response_has_counts_without_remaining)
{
    struct dimse_cmd rq = {0}, rsp, back;
    struct buf b;

    rq.command = DIMSE_C_MOVE_RQ;
    rq.message_id = 5;
    rq.present = DIMSE_F_MESSAGE_ID;
    dimse_response(&rq, 0xB000, &rsp);
    rsp.remaining = 7;
    rsp.completed = 2;
    rsp.failed = 1;
    rsp.present |= DIMSE_F_COUNTS;
    buf_init(&b, DIMSE_MAX_COMMAND);
    ck_assert_int_eq(dimse_encode(&rsp, &b), 0);
    ck_assert_int_eq(dimse_decode(b.data, b.len, &back), 0);
    ck_assert(back.present & DIMSE_F_COUNTS);
    ck_assert(!(back.present & DIMSE_F_REMAINING));
    ck_assert_uint_eq(back.remaining, 0);
    ck_assert_uint_eq(back.completed, 2);
    ck_assert_uint_eq(back.failed, 1);
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
 * context (3), our maximum PDU 16384 and the peer's peer_max; *peer is the
 * raw other end. */
static struct assoc *pair_max(int *peer, uint32_t peer_max)
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
    ck_assert_int_eq(assoc_accept(sv[0], ac, peer_max, &as), 0);
    ck_assert_int_gt(read(sv[1], skip, sizeof skip), 0); /* the AC */
    sop_list_free(sops);
    free(rq);
    free(ac);
    *peer = sv[1];
    return as;
}

static struct assoc *pair(int *peer)
{
    return pair_max(peer, 0);
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

/* Nothing to read on fd right now. */
static int fd_idle(int fd)
{
    struct pollfd pfd = {fd, POLLIN, 0};
    return poll(&pfd, 1, 0) == 0;
}

/* Send a whole command set as the peer would: one PDV on ctx. */
static void peer_send_command(int fd, uint8_t ctx, const struct dimse_cmd *c)
{
    struct buf b;

    buf_init(&b, DIMSE_MAX_COMMAND);
    ck_assert_int_eq(dimse_encode(c, &b), 0);
    send_pdv(fd, ctx, PDV_COMMAND | PDV_LAST, b.data, b.len);
    buf_free(&b);
}

static void cancel_cmd(struct dimse_cmd *c, uint16_t cancelled_id)
{
    memset(c, 0, sizeof *c);
    c->command = DIMSE_C_CANCEL_RQ;
    c->dataset_type = DIMSE_NO_DATASET;
    c->responded_id = cancelled_id;
    c->present = DIMSE_F_RESPONDED_ID;
}

static void peer_send_cancel(int fd, uint8_t ctx, uint16_t cancelled_id)
{
    struct dimse_cmd c;

    cancel_cmd(&c, cancelled_id);
    peer_send_command(fd, ctx, &c);
}

/* The next PDU on fd: its type and body (at most cap bytes). */
static size_t peer_read_pdu(int fd, uint8_t *type, uint8_t *body, size_t cap)
{
    uint8_t h[6];
    uint32_t len;

    ck_assert_int_eq(recv(fd, h, 6, MSG_WAITALL), 6);
    len = (uint32_t)h[2] << 24 | (uint32_t)h[3] << 16 | (uint32_t)h[4] << 8 | h[5];
    ck_assert_uint_le(len, cap);
    ck_assert_int_eq(recv(fd, body, len, MSG_WAITALL), (ssize_t)len);
    *type = h[0];
    return len;
}

/* A dataset in memory handed out by a dimse_source, `piece` bytes at most
 * per call (0: as much as asked), failing at call `fail_at` (1-based). */
struct mem_source {
    const uint8_t *p;
    size_t len, off, piece, max_cap;
    int calls, fail_at;
};

static int mem_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct mem_source *m = arg;
    size_t k = m->len - m->off;

    m->calls++;
    if (m->calls == m->fail_at)
        return -EIO;
    if (cap > m->max_cap)
        m->max_cap = cap;
    if (k > cap)
        k = cap;
    if (m->piece && k > m->piece)
        k = m->piece;
    memcpy(p, m->p + m->off, k);
    m->off += k;
    *n = k;
    return 0;
}

static uint8_t *pattern(size_t n)
{
    uint8_t *p = malloc(n);

    ck_assert_ptr_nonnull(p);
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)(i * 31 ^ (i >> 9));
    return p;
}

static const struct dimse_store_rq store_rq = {CT, "1.2.3.4.5", 3, 0, NULL, 0};

START_TEST(test_cancel_rq_is_waiting_and_read_with_its_responded_id)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd c;
    uint8_t ctx = 0;

    dimse_init(&d, as);
    ck_assert_int_eq(assoc_pdu_waiting(as), 0);
    peer_send_cancel(peer, 3, 5);
    ck_assert_int_eq(assoc_pdu_waiting(as), 1);
    ck_assert_int_eq(dimse_recv_command(&d, &c, &ctx), 0);
    ck_assert_uint_eq(c.command, DIMSE_C_CANCEL_RQ);
    ck_assert_uint_eq(c.responded_id, 5);
    ck_assert_uint_eq(c.present, DIMSE_F_RESPONDED_ID);
    ck_assert_uint_eq(ctx, 3);
    ck_assert_int_eq(assoc_pdu_waiting(as), 0);
    /* A cancel read between operations leaves the next command intact. */
    send_pdv(peer, 1, PDV_COMMAND | PDV_LAST, echo_rq_bytes, sizeof echo_rq_bytes);
    ck_assert_int_eq(dimse_recv_command(&d, &c, &ctx), 0);
    ck_assert_uint_eq(c.command, DIMSE_C_ECHO_RQ);
    ck_assert_uint_eq(c.message_id, 7);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_cancel_requested_for_the_running_operation)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;

    dimse_init(&d, as);
    ck_assert_int_eq(dimse_cancel_requested(&d, 5), 0);
    peer_send_cancel(peer, 3, 5);
    ck_assert_int_eq(dimse_cancel_requested(&d, 5), 1);
    ck_assert_int_eq(dimse_cancel_requested(&d, 5), 0); /* reported once */
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_cancel_for_another_message_is_ignored)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;

    dimse_init(&d, as);
    peer_send_cancel(peer, 3, 4);
    ck_assert_int_eq(dimse_cancel_requested(&d, 5), 0);
    ck_assert_int_eq(assoc_pdu_waiting(as), 0); /* read and dropped */
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

START_TEST(test_request_while_an_operation_runs_aborts)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    uint8_t got[10];

    dimse_init(&d, as);
    send_pdv(peer, 1, PDV_COMMAND | PDV_LAST, echo_rq_bytes, sizeof echo_rq_bytes);
    ck_assert_int_eq(dimse_cancel_requested(&d, 5), DG_EPROTO);
    ck_assert_int_eq(recv(peer, got, 10, MSG_WAITALL), 10);
    ck_assert_uint_eq(got[0], PDU_ABORT);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

/* Two associations that talk to each other over one socket pair, both
 * with an echo (1) and a CT (3) context, maximum PDU 16384. */
static void twin(struct assoc **a, struct assoc **b)
{
    static const char list[] = "A 1.2.840.10008.1.2 transfer\nE 1.2.840.10008.1.1 sop\n"
                               "C 1.2.840.10008.5.1.4.1.1.2 sop\n";
    const char *ts[] = {"1.2.840.10008.1.2"};
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    struct sop_list *sops;
    char err[100];
    uint8_t skip[4096];
    int sv[2];

    ck_assert_int_eq(sop_list_parse(list, strlen(list), &sops, err, sizeof err), 0);
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    assoc_rq_init(rq, "SCU", "SCP", 16384);
    assoc_rq_add(rq, ECHO, ts, 1);
    assoc_rq_add(rq, CT, ts, 1);
    ck_assert_int_eq(assoc_negotiate(rq, sops, 16384, ac, NULL), 2);
    ck_assert_int_eq(assoc_accept(sv[0], ac, 16384, a), 0);
    ck_assert_int_eq(assoc_accept(sv[1], ac, 16384, b), 0);
    /* Each end sent the other an AC; neither is part of the test. */
    ck_assert_int_gt(read(sv[0], skip, sizeof skip), 0);
    ck_assert_int_gt(read(sv[1], skip, sizeof skip), 0);
    sop_list_free(sops);
    free(rq);
    free(ac);
}

struct big_sink {
    uint8_t *data;
    size_t len, cap;
};

static int big_collect(void *arg, const uint8_t *p, size_t n)
{
    struct big_sink *k = arg;

    ck_assert_uint_le(k->len + n, k->cap);
    memcpy(k->data + k->len, p, n);
    k->len += n;
    return 0;
}

/* The peer (b) receives a C-STORE-RQ and its dataset, checks them against
 * rq and data[len], and gives back the request. */
static void peer_receive_store(struct dimse *db, const struct dimse_store_rq *rq,
                               const uint8_t *data, size_t len, struct dimse_cmd *got)
{
    struct big_sink k = {malloc(len), 0, len};
    uint8_t ctx = 0;

    ck_assert_int_eq(dimse_recv_command(db, got, &ctx), 0);
    ck_assert_uint_eq(ctx, 3);
    ck_assert_uint_eq(got->command, DIMSE_C_STORE_RQ);
    ck_assert_uint_eq(got->dataset_type, DIMSE_HAS_DATASET);
    ck_assert_uint_eq(got->message_id, rq->message_id);
    ck_assert_uint_eq(got->priority, rq->priority);
    ck_assert_str_eq(got->sop_class, rq->sop_class);
    ck_assert_str_eq(got->sop_instance, rq->sop_instance);
    ck_assert_int_eq(dimse_recv_dataset(db, ctx, big_collect, &k), 0);
    ck_assert_uint_eq(k.len, len);
    ck_assert_int_eq(memcmp(k.data, data, len), 0);
    free(k.data);
}

/* C-GET: we send the sub-operation on the association the request came on,
 * the peer acts as storage SCP and answers on it. */
START_TEST(test_streamed_store_is_answered_on_the_acceptor_association)
{
    struct assoc *a, *b;
    struct dimse da, db;
    struct dimse_cmd got, rsp;
    struct dimse_store_rq rq = {CT, "1.2.3.4.5", 3, 2, "MOVESCU", 7};
    uint8_t *data = pattern(5000);
    struct mem_source src = {data, 5000, 0, 777, 0, 0, 0};

    twin(&a, &b);
    dimse_init(&da, a);
    dimse_init(&db, b);
    ck_assert_int_eq(dimse_send_store(&da, 3, &rq, mem_read, &src), 0);
    peer_receive_store(&db, &rq, data, 5000, &got);
    ck_assert_uint_eq(got.present, DIMSE_F_SOP_CLASS | DIMSE_F_SOP_INSTANCE | DIMSE_F_MESSAGE_ID |
                                       DIMSE_F_PRIORITY | DIMSE_F_ORIGINATOR);
    ck_assert_str_eq(got.originator_ae, "MOVESCU");
    ck_assert_uint_eq(got.originator_id, 7);
    dimse_response(&got, 0xB000, &rsp);
    strcpy(rsp.error_comment, "Elements coerced");
    rsp.present |= DIMSE_F_ERROR_COMMENT;
    ck_assert_int_eq(dimse_send_command(&db, 3, &rsp), 0);
    memset(&rsp, 0, sizeof rsp);
    ck_assert_int_eq(dimse_recv_store_rsp(&da, 3, &rsp), 0);
    ck_assert_uint_eq(rsp.command, DIMSE_C_STORE_RSP);
    ck_assert_uint_eq(rsp.responded_id, 3);
    ck_assert_uint_eq(rsp.status, 0xB000);
    ck_assert_str_eq(rsp.error_comment, "Elements coerced");
    ck_assert_str_eq(rsp.sop_instance, "1.2.3.4.5");
    ck_assert_int_eq(dimse_cancel_requested(&da, 9), 0);
    dimse_free(&da);
    dimse_free(&db);
    assoc_free(a);
    assoc_free(b);
    free(data);
}
END_TEST

/* The C-GET's requestor cancels while its storage SCP still owes the
 * response to the sub-operation: the response is read, the cancel kept
 * until the service asks, and forgotten once a new command is read. */
START_TEST(test_cancel_before_the_store_rsp_is_kept_for_the_operation)
{
    struct assoc *a, *b;
    struct dimse da, db;
    struct dimse_cmd got, rsp, cancel;
    uint8_t *data = pattern(3000);
    struct mem_source src = {data, 3000, 0, 0, 0, 0, 0};
    uint8_t ctx = 0;

    twin(&a, &b);
    dimse_init(&da, a);
    dimse_init(&db, b);
    for (int round = 0; round < 2; round++) {
        src.off = 0;
        ck_assert_int_eq(dimse_send_store(&da, 3, &store_rq, mem_read, &src), 0);
        peer_receive_store(&db, &store_rq, data, 3000, &got);
        cancel_cmd(&cancel, 9);
        ck_assert_int_eq(dimse_send_command(&db, 3, &cancel), 0);
        dimse_response(&got, STATUS_SUCCESS, &rsp);
        ck_assert_int_eq(dimse_send_command(&db, 3, &rsp), 0);
        ck_assert_int_eq(dimse_recv_store_rsp(&da, 3, &rsp), 0);
        ck_assert_uint_eq(rsp.command, DIMSE_C_STORE_RSP);
        ck_assert_uint_eq(rsp.status, STATUS_SUCCESS);
        ck_assert_int_eq(assoc_pdu_waiting(a), 0);
        if (round == 0) {
            ck_assert_int_eq(dimse_cancel_requested(&da, 9), 1);
            ck_assert_int_eq(dimse_cancel_requested(&da, 9), 0);
        } else {
            /* Not asked for before the operation ended: the next command
             * starts afresh, and the old cancel cancels nothing. */
            ck_assert_int_eq(dimse_decode(echo_rq_bytes, sizeof echo_rq_bytes, &got), 0);
            ck_assert_int_eq(dimse_send_command(&db, 1, &got), 0);
            ck_assert_int_eq(dimse_recv_command(&da, &got, &ctx), 0);
            ck_assert_uint_eq(got.command, DIMSE_C_ECHO_RQ);
            ck_assert_int_eq(dimse_cancel_requested(&da, 9), 0);
        }
    }
    dimse_free(&da);
    dimse_free(&db);
    assoc_free(a);
    assoc_free(b);
    free(data);
}
END_TEST

START_TEST(test_store_rsp_to_another_message_aborts)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    struct dimse_cmd rq = {0}, rsp;
    uint8_t got[10];

    rq.command = DIMSE_C_STORE_RQ;
    rq.message_id = 4;
    rq.present = DIMSE_F_MESSAGE_ID;
    dimse_response(&rq, STATUS_SUCCESS, &rsp);
    peer_send_command(peer, 3, &rsp);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_recv_store_rsp(&d, 3, &rsp), DG_EPROTO);
    ck_assert_int_eq(recv(peer, got, 10, MSG_WAITALL), 10);
    ck_assert_uint_eq(got[0], PDU_ABORT);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
}
END_TEST

/* What the peer saw of a streamed C-STORE. */
struct seen {
    int fd;
    uint8_t *data; /* the dataset, reassembled */
    size_t len, cap;
    int pdus;         /* P-DATA-TFs of the dataset */
    uint32_t max_pdu; /* the longest of them */
    int one_pdv_each; /* every one carries one PDV */
    int odd_pdvs;     /* PDVs of odd length */
    int early_last;   /* PDV_LAST before the end */
    int last_seen;    /* PDV_LAST at the end */
    struct dimse_cmd cmd;
};

/* The raw peer: the command PDU, then dataset PDUs up to PDV_LAST. */
static void *peer_read_store(void *arg)
{
    struct seen *w = arg;
    static uint8_t body[1 << 17];
    uint8_t type;
    size_t n = peer_read_pdu(w->fd, &type, body, sizeof body), off = 0;
    struct pdu_pdv pdv;

    ck_assert_uint_eq(type, PDU_DATA_TF);
    ck_assert_int_eq(pdu_next_pdv(body, n, &off, &pdv), 1);
    ck_assert_uint_eq(pdv.control, PDV_COMMAND | PDV_LAST);
    ck_assert_int_eq(dimse_decode(pdv.data, pdv.len, &w->cmd), 0);
    w->one_pdv_each = 1;
    while (!w->last_seen) {
        int k = 0;

        n = peer_read_pdu(w->fd, &type, body, sizeof body);
        ck_assert_uint_eq(type, PDU_DATA_TF);
        w->pdus++;
        if (n > w->max_pdu)
            w->max_pdu = (uint32_t)n;
        off = 0;
        while (pdu_next_pdv(body, n, &off, &pdv) == 1) {
            k++;
            ck_assert_uint_eq(pdv.ctx_id, 3);
            ck_assert_uint_le(w->len + pdv.len, w->cap);
            memcpy(w->data + w->len, pdv.data, pdv.len);
            w->len += pdv.len;
            w->odd_pdvs += pdv.len % 2;
            if (w->last_seen)
                w->early_last = 1;
            w->last_seen = (pdv.control & PDV_LAST) != 0;
        }
        w->one_pdv_each &= k == 1;
    }
    return NULL;
}

/* Stream len bytes to a raw peer whose maximum PDU is peer_max (ours is
 * 16384) and check what it saw; returns the number of dataset PDUs. */
static int store_to_raw_peer(uint32_t peer_max, size_t len, uint32_t expect_max_pdu)
{
    int peer;
    struct assoc *as = pair_max(&peer, peer_max);
    struct dimse d;
    uint8_t *data = pattern(len);
    struct mem_source src = {data, len, 0, 0, 0, 0, 0};
    struct seen w = {0};
    pthread_t t;
    uint8_t *chunk;

    w.fd = peer;
    w.cap = len;
    w.data = malloc(len ? len : 1);
    ck_assert_int_eq(pthread_create(&t, NULL, peer_read_store, &w), 0);
    dimse_init(&d, as);
    ck_assert_int_eq(dimse_send_store(&d, 3, &store_rq, mem_read, &src), 0);
    pthread_join(t, NULL);
    ck_assert_uint_eq(w.cmd.command, DIMSE_C_STORE_RQ);
    ck_assert_uint_eq(w.cmd.message_id, 3);
    ck_assert_str_eq(w.cmd.sop_instance, "1.2.3.4.5");
    ck_assert_uint_eq(w.len, len);
    ck_assert_int_eq(memcmp(w.data, data, len), 0);
    ck_assert_uint_le(w.max_pdu, expect_max_pdu);
    ck_assert_int_eq(w.one_pdv_each, 1);
    ck_assert_int_eq(w.odd_pdvs, 0);
    ck_assert_int_eq(w.early_last, 0);
    ck_assert_int_eq(w.last_seen, 1);
    /* One buffer, PDV data plus two bytes of look-ahead, never more asked. */
    ck_assert_uint_eq(d.chunk_size, expect_max_pdu - 6 + 2);
    ck_assert_uint_le(src.max_cap, d.chunk_size);
    /* A second store reuses it. */
    chunk = d.chunk;
    src.off = 0;
    w = (struct seen){.fd = peer, .cap = len, .data = w.data};
    ck_assert_int_eq(pthread_create(&t, NULL, peer_read_store, &w), 0);
    ck_assert_int_eq(dimse_send_store(&d, 3, &store_rq, mem_read, &src), 0);
    pthread_join(t, NULL);
    ck_assert_ptr_eq(d.chunk, chunk);
    ck_assert_uint_eq(w.len, len);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
    free(w.data);
    free(data);
    return w.pdus;
}

START_TEST(test_store_pdvs_fit_a_4096_byte_peer_max_pdu)
{
    /* 4090 data bytes per PDU: 24 full ones and 1838 bytes. */
    ck_assert_int_eq(store_to_raw_peer(4096, 99998, 4096), 25);
}
END_TEST

START_TEST(test_store_to_an_unlimited_peer_uses_our_max_pdu)
{
    /* 16378 data bytes per PDU: 2 full ones and 7244 bytes. */
    ck_assert_int_eq(store_to_raw_peer(0, 40000, 16384), 3);
}
END_TEST

START_TEST(test_store_of_whole_pdus_ends_without_an_empty_pdv)
{
    ck_assert_int_eq(store_to_raw_peer(4096, 2 * 4090, 4096), 2);
    ck_assert_int_eq(store_to_raw_peer(4096, 2 * 4090 + 2, 4096), 3);
    ck_assert_int_eq(store_to_raw_peer(4096, 2, 4096), 1);
}
END_TEST

START_TEST(test_source_error_before_sending_leaves_the_association_usable)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    uint8_t *data = pattern(100);
    struct mem_source src = {data, 100, 0, 0, 0, 0, 1};
    struct dimse_cmd rsp, echo;
    uint8_t type, body[200];

    dimse_init(&d, as);
    ck_assert_int_eq(dimse_send_store(&d, 3, &store_rq, mem_read, &src), -EIO);
    ck_assert(fd_idle(peer));
    ck_assert_int_eq(dimse_decode(echo_rq_bytes, sizeof echo_rq_bytes, &echo), 0);
    dimse_response(&echo, STATUS_SUCCESS, &rsp);
    ck_assert_int_eq(dimse_send_command(&d, 1, &rsp), 0);
    peer_read_pdu(peer, &type, body, sizeof body);
    ck_assert_uint_eq(type, PDU_DATA_TF);
    ck_assert_uint_eq(body[5], PDV_COMMAND | PDV_LAST);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
    free(data);
}
END_TEST

START_TEST(test_source_error_mid_dataset_aborts_the_association)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    uint8_t *data = pattern(40000);
    struct mem_source src = {data, 40000, 0, 0, 0, 0, 2};
    static uint8_t body[16384];
    uint8_t type;

    dimse_init(&d, as);
    ck_assert_int_eq(dimse_send_store(&d, 3, &store_rq, mem_read, &src), -EIO);
    ck_assert_uint_gt(peer_read_pdu(peer, &type, body, sizeof body), 0); /* the command */
    ck_assert_uint_eq(peer_read_pdu(peer, &type, body, sizeof body), 16384);
    ck_assert_uint_eq(type, PDU_DATA_TF);
    ck_assert_uint_eq(body[5], 0); /* not the last */
    ck_assert_uint_eq(peer_read_pdu(peer, &type, body, sizeof body), 4);
    ck_assert_uint_eq(type, PDU_ABORT);
    dimse_free(&d);
    assoc_free(as);
    close(peer);
    free(data);
}
END_TEST

START_TEST(test_store_refuses_bad_uids_and_unaccepted_contexts)
{
    int peer;
    struct assoc *as = pair(&peer);
    struct dimse d;
    uint8_t *data = pattern(100);
    struct mem_source src = {data, 100, 0, 0, 0, 0, 0};
    char uid[66];
    struct dimse_store_rq rq = store_rq;

    memset(uid, '1', 65);
    uid[65] = '\0';
    dimse_init(&d, as);
    rq.sop_instance = uid;
    ck_assert_int_eq(dimse_send_store(&d, 3, &rq, mem_read, &src), -EINVAL);
    rq.sop_instance = "";
    ck_assert_int_eq(dimse_send_store(&d, 3, &rq, mem_read, &src), -EINVAL);
    rq = store_rq;
    rq.originator_ae = "SEVENTEEN_LETTERS";
    ck_assert_int_eq(dimse_send_store(&d, 3, &rq, mem_read, &src), -EINVAL);
    ck_assert_int_eq(dimse_send_store(&d, 5, &store_rq, mem_read, &src), -EINVAL);
    ck_assert_int_eq(src.calls, 0);
    ck_assert(fd_idle(peer));
    dimse_free(&d);
    assoc_free(as);
    close(peer);
    free(data);
}
END_TEST

static Suite *dimse_suite(void)
{
    Suite *s = suite_create("dimse");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_encode_echo_rq_exact_bytes);
    tcase_add_test(tc, test_decode_echo_rq);
    tcase_add_test(tc, test_round_trip_move_response_with_counts);
    tcase_add_test(tc, test_final_move_response_has_counts_without_remaining);
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
    tcase_add_test(tc, test_cancel_rq_is_waiting_and_read_with_its_responded_id);
    tcase_add_test(tc, test_cancel_requested_for_the_running_operation);
    tcase_add_test(tc, test_cancel_for_another_message_is_ignored);
    tcase_add_test(tc, test_request_while_an_operation_runs_aborts);
    tcase_add_test(tc, test_streamed_store_is_answered_on_the_acceptor_association);
    tcase_add_test(tc, test_cancel_before_the_store_rsp_is_kept_for_the_operation);
    tcase_add_test(tc, test_store_rsp_to_another_message_aborts);
    tcase_add_test(tc, test_store_pdvs_fit_a_4096_byte_peer_max_pdu);
    tcase_add_test(tc, test_store_to_an_unlimited_peer_uses_our_max_pdu);
    tcase_add_test(tc, test_store_of_whole_pdus_ends_without_an_empty_pdv);
    tcase_add_test(tc, test_source_error_before_sending_leaves_the_association_usable);
    tcase_add_test(tc, test_source_error_mid_dataset_aborts_the_association);
    tcase_add_test(tc, test_store_refuses_bad_uids_and_unaccepted_contexts);
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
