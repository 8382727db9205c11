/* Unit tests for the dataset (set/get/remove, typed accessors) and the
 * encoding (exact bytes in every encoding, round trips, sequences, encapsulated
 * pixel data, group lengths, and hostile input that must fail cleanly). */
#include "dicom/encoding.h"
#include "dicom/dataset.h"
#include "util/error.h"

#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define T(g, e) DICT_TAG(0x##g, 0x##e)

static struct ds *decode_ok(const uint8_t *p, size_t len, const struct ts *ts)
{
    struct ds *ds = ds_new();
    size_t used = 0;
    int rc = enc_decode(p, len, ts, NULL, ds, &used);
    ck_assert_msg(rc == 0, "decode: %s", dg_strerror(rc));
    ck_assert_uint_eq(used, len);
    return ds;
}

static int decode_rc(const uint8_t *p, size_t len, const struct ts *ts, const struct enc_opts *o)
{
    struct ds *ds = ds_new();
    int rc = enc_decode(p, len, ts, o, ds, NULL);
    ds_free(ds);
    return rc;
}

static void encode_ok(const struct ds *ds, const struct ts *ts, struct buf *b)
{
    int rc;
    buf_init(b, 1 << 26);
    rc = enc_encode(ds, ts, b);
    ck_assert_msg(rc == 0, "encode: %s", dg_strerror(rc));
}

START_TEST(test_ds_set_get_string_trims_padding)
{
    struct ds *ds = ds_new();
    char s[64];

    ck_assert_int_eq(ds_set(ds, T(0010, 0010), VR_PN, "Doe^John  ", 10), 0);
    ck_assert_int_eq(ds_set(ds, T(0008, 0018), VR_UI, "1.2.3\0", 6), 0);
    ck_assert_int_eq(ds_get_string(ds, T(0010, 0010), s, sizeof s), 0);
    ck_assert_str_eq(s, "Doe^John");
    ck_assert_int_eq(ds_get_string(ds, T(0008, 0018), s, sizeof s), 0);
    ck_assert_str_eq(s, "1.2.3");
    ck_assert_int_eq(ds_get_string(ds, T(0010, 0020), s, sizeof s), DG_ENOTFOUND);
    ck_assert_str_eq(s, "");
    /* Too small: truncated and said so. */
    ck_assert_int_eq(ds_get_string(ds, T(0010, 0010), s, 4), DG_ETOOBIG);
    ck_assert_str_eq(s, "Doe");
    ds_free(ds);
}
END_TEST

START_TEST(test_ds_multi_valued_strings)
{
    struct ds *ds = ds_new();
    char s[64];
    const struct ds_elem *e;

    ds_set_string(ds, T(0008, 0008), VR_CS, "ORIGINAL\\PRIMARY\\ AXIAL \\");
    ds_set_string(ds, T(0010, 4000), VR_LT, " a\\b ");
    e = ds_find(ds, T(0008, 0008));
    ck_assert_uint_eq(ds_elem_vm(e), 4);
    ck_assert_int_eq(ds_get_string_at(ds, T(0008, 0008), 1, s, sizeof s), 0);
    ck_assert_str_eq(s, "PRIMARY");
    ck_assert_int_eq(ds_get_string_at(ds, T(0008, 0008), 2, s, sizeof s), 0);
    ck_assert_str_eq(s, "AXIAL");
    ck_assert_int_eq(ds_get_string_at(ds, T(0008, 0008), 3, s, sizeof s), 0);
    ck_assert_str_eq(s, "");
    ck_assert_int_eq(ds_get_string_at(ds, T(0008, 0008), 4, s, sizeof s), DG_ENOTFOUND);
    /* LT holds one value; leading spaces are significant there. */
    ck_assert_uint_eq(ds_elem_vm(ds_find(ds, T(0010, 4000))), 1);
    ck_assert_int_eq(ds_get_string_at(ds, T(0010, 4000), 0, s, sizeof s), 0);
    ck_assert_str_eq(s, " a\\b");
    ds_free(ds);
}
END_TEST

START_TEST(test_ds_person_name_groups)
{
    struct ds *ds = ds_new();
    char s[64];

    ds_set_string(ds, T(0010, 0010), VR_PN,
                  "Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=yamada^tarou\\X^Y ");
    ck_assert_int_eq(ds_get_pn(ds, T(0010, 0010), 0, 0, s, sizeof s), 0);
    ck_assert_str_eq(s, "Yamada^Tarou");
    ck_assert_int_eq(ds_get_pn(ds, T(0010, 0010), 0, 1, s, sizeof s), 0);
    ck_assert_str_eq(s, "\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B");
    ck_assert_int_eq(ds_get_pn(ds, T(0010, 0010), 0, 2, s, sizeof s), 0);
    ck_assert_str_eq(s, "yamada^tarou");
    ck_assert_int_eq(ds_get_pn(ds, T(0010, 0010), 1, 0, s, sizeof s), 0);
    ck_assert_str_eq(s, "X^Y");
    ck_assert_int_eq(ds_get_pn(ds, T(0010, 0010), 1, 1, s, sizeof s), 0);
    ck_assert_str_eq(s, "");
    ck_assert_int_eq(ds_get_pn(ds, T(0010, 0010), 0, 3, s, sizeof s), DG_EPARSE);
    ds_free(ds);
}
END_TEST

START_TEST(test_ds_binary_accessors)
{
    static const uint8_t us[] = {0x00, 0x02, 0xFF, 0xFF};
    static const uint8_t at[] = {0x10, 0x00, 0x20, 0x00};
    static const uint8_t fd[] = {0, 0, 0, 0, 0, 0, 0xF8, 0x3F}; /* 1.5 */
    static const uint8_t fl[] = {0, 0, 0x20, 0xC0};             /* -2.5 */
    static const uint8_t sl[] = {0x90, 0xEE, 0xFE, 0xFF};       /* -70000 */
    struct ds *ds = ds_new();
    uint16_t u16;
    int16_t i16;
    uint32_t u32;
    int32_t i32;
    float f;
    double d;

    ds_set(ds, T(0028, 0010), VR_US, us, sizeof us);
    ds_set(ds, T(0028, 0106), VR_SS, us + 2, 2);
    ds_set(ds, T(0020, 9165), VR_AT, at, sizeof at);
    ds_set(ds, T(0018, 9089), VR_FD, fd, sizeof fd);
    ds_set(ds, T(0018, 9088), VR_FL, fl, sizeof fl);
    ds_set(ds, T(0018, 6020), VR_SL, sl, sizeof sl);
    ds_set_u32(ds, T(0018, 6024), 4000000000u);
    ck_assert_int_eq(ds_get_u16(ds, T(0028, 0010), 0, &u16), 0);
    ck_assert_uint_eq(u16, 512);
    ck_assert_int_eq(ds_get_u16(ds, T(0028, 0010), 1, &u16), 0);
    ck_assert_uint_eq(u16, 65535);
    ck_assert_int_eq(ds_get_u16(ds, T(0028, 0010), 2, &u16), DG_ENOTFOUND);
    ck_assert_int_eq(ds_get_i16(ds, T(0028, 0106), 0, &i16), 0);
    ck_assert_int_eq(i16, -1);
    ck_assert_int_eq(ds_get_tag(ds, T(0020, 9165), 0, &u32), 0);
    ck_assert_uint_eq(u32, T(0010, 0020));
    ck_assert_int_eq(ds_get_f64(ds, T(0018, 9089), 0, &d), 0);
    ck_assert(d == 1.5);
    ck_assert_int_eq(ds_get_f32(ds, T(0018, 9088), 0, &f), 0);
    ck_assert(f == -2.5f);
    ck_assert_int_eq(ds_get_i32(ds, T(0018, 6020), 0, &i32), 0);
    ck_assert_int_eq(i32, -70000);
    ck_assert_int_eq(ds_get_u32(ds, T(0018, 6024), 0, &u32), 0);
    ck_assert_uint_eq(u32, 4000000000u);
    /* The wrong VR is an error, not a reinterpretation. */
    ck_assert_int_eq(ds_get_f64(ds, T(0028, 0010), 0, &d), DG_EPARSE);
    ck_assert_int_eq(ds_get_u32(ds, T(0028, 0010), 0, &u32), DG_EPARSE);
    ck_assert_uint_eq(ds_elem_vm(ds_find(ds, T(0028, 0010))), 2);
    ds_free(ds);
}
END_TEST

START_TEST(test_ds_text_numbers)
{
    struct ds *ds = ds_new();
    long l;
    double d;

    ds_set_string(ds, T(0018, 1151), VR_IS, " 175 ");
    ds_set_string(ds, T(0018, 0050), VR_DS, "1.5\\-2.25e1");
    ds_set_string(ds, T(0020, 0013), VR_IS, "12a");
    ck_assert_int_eq(ds_get_long(ds, T(0018, 1151), 0, &l), 0);
    ck_assert_int_eq(l, 175);
    ck_assert_int_eq(ds_get_double(ds, T(0018, 0050), 1, &d), 0);
    ck_assert(d == -22.5);
    ck_assert_int_eq(ds_get_long(ds, T(0020, 0013), 0, &l), DG_EPARSE);
    ck_assert_int_eq(ds_get_double(ds, T(0018, 1151), 0, &d), DG_EPARSE);
    ds_free(ds);
}
END_TEST

START_TEST(test_ds_elements_stay_sorted_replace_and_remove)
{
    struct ds *ds = ds_new();
    char s[16];

    ds_set_string(ds, T(0020, 000D), VR_UI, "3");
    ds_set_string(ds, T(0008, 0018), VR_UI, "1");
    ds_set_string(ds, T(0010, 0020), VR_LO, "2");
    ds_set_string(ds, T(0010, 0020), VR_LO, "22");
    ck_assert_uint_eq(ds_count(ds), 3);
    ck_assert_uint_eq(ds_at(ds, 0)->tag, T(0008, 0018));
    ck_assert_uint_eq(ds_at(ds, 1)->tag, T(0010, 0020));
    ck_assert_uint_eq(ds_at(ds, 2)->tag, T(0020, 000D));
    ck_assert_ptr_null(ds_at(ds, 3));
    ds_get_string(ds, T(0010, 0020), s, sizeof s);
    ck_assert_str_eq(s, "22");
    ck_assert_int_eq(ds_remove(ds, T(0010, 0020)), 0);
    ck_assert_int_eq(ds_remove(ds, T(0010, 0020)), DG_ENOTFOUND);
    ck_assert_uint_eq(ds_count(ds), 2);
    ck_assert_uint_eq(ds_at(ds, 1)->tag, T(0020, 000D));
    ck_assert_int_eq(ds_set(ds, T(0008, 1140), VR_SQ, "", 0), -EINVAL);
    ck_assert_int_eq(ds_set(ds, T(FFFE, E000), VR_OB, "", 0), -EINVAL);
    ds_clear(ds);
    ck_assert_uint_eq(ds_count(ds), 0);
    ds_set_string(ds, T(0008, 0018), VR_UI, "1");
    ck_assert_uint_eq(ds_count(ds), 1);
    ds_free(ds);
}
END_TEST

/* A large value gets a block of its own, linked behind the root's block;
 * ds_clear must still keep the block that holds the root itself. */
START_TEST(test_ds_clear_after_large_values_keeps_the_root)
{
    static uint8_t big[10000];
    struct ds *ds = ds_new();
    char s[8];

    ck_assert_int_eq(ds_set(ds, T(0009, 1010), VR_OB, big, sizeof big), 0);
    ck_assert_int_eq(ds_set(ds, T(0009, 1011), VR_OB, big, sizeof big), 0);
    ds_clear(ds);
    ck_assert_uint_eq(ds_count(ds), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0008, 0018), VR_UI, "1"), 0);
    ck_assert_int_eq(ds_set(ds, T(0009, 1012), VR_OB, big, sizeof big), 0);
    ck_assert_int_eq(ds_get_string(ds, T(0008, 0018), s, sizeof s), 0);
    ck_assert_str_eq(s, "1");
    ds_free(ds);
}
END_TEST

START_TEST(test_ds_many_elements_and_items)
{
    struct ds *ds = ds_new();
    struct ds *item = NULL;

    for (unsigned i = 0; i < 5000; i++)
        ck_assert_int_eq(ds_set_u16(ds, DICT_TAG(0x0029, 0x1000 + (4999 - i)), (uint16_t)i), 0);
    ck_assert_uint_eq(ds_count(ds), 5000);
    for (unsigned i = 0; i < 5000; i++)
        ck_assert_uint_eq(ds_at(ds, i)->tag, DICT_TAG(0x0029, 0x1000 + i));
    for (unsigned i = 0; i < 100; i++) {
        ck_assert_int_eq(ds_add_item(ds, T(0008, 1140), &item), 0);
        ds_set_u16(item, T(0028, 0010), (uint16_t)i);
    }
    ck_assert_uint_eq(ds_find(ds, T(0008, 1140))->nitems, 100);
    {
        uint16_t v;
        ck_assert_int_eq(ds_get_u16(ds_find(ds, T(0008, 1140))->items[77], T(0028, 0010), 0, &v),
                         0);
        ck_assert_uint_eq(v, 77);
    }
    ds_free(ds);
}
END_TEST

/* (0008,0016) UI "1.2" (odd: NUL pad), (0010,0010) PN "AB", (0028,0010) US 512. */
static struct ds *small_dataset(void)
{
    struct ds *ds = ds_new();
    ds_set_string(ds, T(0008, 0016), VR_UI, "1.2");
    ds_set_string(ds, T(0010, 0010), VR_PN, "ABC");
    ds_set_u16(ds, T(0028, 0010), 512);
    return ds;
}

START_TEST(test_enc_implicit_le_exact_bytes)
{
    static const uint8_t want[] = {0x08, 0x00, 0x16, 0x00, 4, 0, 0, 0, '1',  '.', '2', 0,
                                   0x10, 0x00, 0x10, 0x00, 4, 0, 0, 0, 'A',  'B', 'C', ' ',
                                   0x28, 0x00, 0x10, 0x00, 2, 0, 0, 0, 0x00, 0x02};
    struct ds *ds = small_dataset();
    struct buf b;

    encode_ok(ds, ts_implicit_le(), &b);
    ck_assert_uint_eq(b.len, sizeof want);
    ck_assert_mem_eq(b.data, want, sizeof want);
    buf_free(&b);
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_explicit_le_and_be_exact_bytes)
{
    static const uint8_t le[] = {0x08, 0x00, 0x16, 0x00, 'U', 'I', 4, 0, '1',  '.', '2', 0,
                                 0x10, 0x00, 0x10, 0x00, 'P', 'N', 4, 0, 'A',  'B', 'C', ' ',
                                 0x28, 0x00, 0x10, 0x00, 'U', 'S', 2, 0, 0x00, 0x02};
    static const uint8_t be[] = {0x00, 0x08, 0x00, 0x16, 'U', 'I', 0, 4, '1',  '.', '2', 0,
                                 0x00, 0x10, 0x00, 0x10, 'P', 'N', 0, 4, 'A',  'B', 'C', ' ',
                                 0x00, 0x28, 0x00, 0x10, 'U', 'S', 0, 2, 0x02, 0x00};
    struct ds *ds = small_dataset(), *back;
    struct buf b;
    uint16_t v;

    encode_ok(ds, ts_explicit_le(), &b);
    ck_assert_uint_eq(b.len, sizeof le);
    ck_assert_mem_eq(b.data, le, sizeof le);
    buf_free(&b);
    encode_ok(ds, ts_explicit_be(), &b);
    ck_assert_uint_eq(b.len, sizeof be);
    ck_assert_mem_eq(b.data, be, sizeof be);
    buf_free(&b);
    /* Big endian values are little endian once decoded. */
    back = decode_ok(be, sizeof be, ts_explicit_be());
    ck_assert_int_eq(ds_get_u16(back, T(0028, 0010), 0, &v), 0);
    ck_assert_uint_eq(v, 512);
    ck_assert_uint_eq(ds_find(back, T(0028, 0010))->vr, VR_US);
    ds_free(back);
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_explicit_long_length_vrs)
{
    static const uint8_t want[] = {0x09, 0x00, 0x10, 0x10, 'O', 'B', 0, 0, 2, 0, 0, 0, 1,   2,
                                   0x40, 0x00, 0x60, 0x01, 'U', 'T', 0, 0, 2, 0, 0, 0, 'x', ' '};
    struct ds *ds = ds_new(), *back;
    struct buf b;

    ds_set(ds, T(0009, 1010), VR_OB, "\x01\x02", 2);
    ds_set_string(ds, T(0040, 0160), VR_UT, "x");
    encode_ok(ds, ts_explicit_le(), &b);
    ck_assert_uint_eq(b.len, sizeof want);
    ck_assert_mem_eq(b.data, want, sizeof want);
    back = decode_ok(b.data, b.len, ts_explicit_le());
    ck_assert_uint_eq(ds_find(back, T(0040, 0160))->vr, VR_UT);
    ck_assert_uint_eq(ds_find(back, T(0040, 0160))->len, 2);
    ds_free(back);
    buf_free(&b);
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_command_group_length)
{
    /* A C-ECHO-RQ command set as DIMSE sends it: group length first. */
    static const uint8_t want[] = {
        0,   0, 0,    0, 4, 0, 0, 0, 34,  0,   0,    0, /* (0000,0000) = 34 */
        0,   0, 2,    0, 6, 0, 0, 0, '1', '.', '2',  '.',
        '3', 0, 0,    0, 0, 1, 2, 0, 0,   0,   0x30, 0, /* CommandField C-ECHO-RQ */
        0,   0, 0x10, 1, 2, 0, 0, 0, 7,   0,            /* MessageID 7 */
    };
    struct ds *ds = ds_new(), *back;
    struct buf b;
    uint32_t gl;

    ds_set_string(ds, T(0000, 0002), VR_UI, "1.2.3");
    ds_set_u16(ds, T(0000, 0100), 0x0030);
    ds_set_u16(ds, T(0000, 0110), 7);
    ck_assert_int_eq(enc_set_group_lengths(ds, 1), 0);
    encode_ok(ds, ts_implicit_le(), &b);
    ck_assert_uint_eq(b.len, sizeof want);
    ck_assert_mem_eq(b.data, want, sizeof want);
    back = decode_ok(b.data, b.len, ts_implicit_le());
    ck_assert_int_eq(ds_get_u32(back, T(0000, 0000), 0, &gl), 0);
    ck_assert_uint_eq(gl, 34);
    ds_free(back);
    buf_free(&b);
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_group_lengths_added_recomputed_dropped)
{
    struct ds *ds = small_dataset(), *back;
    struct buf b;
    uint32_t gl;

    ck_assert_int_eq(enc_set_group_lengths(ds, 1), 0);
    ck_assert_uint_eq(ds_count(ds), 6);
    /* A lying group length is corrected on write. */
    ds_set_u32(ds, T(0010, 0000), 9999);
    encode_ok(ds, ts_explicit_le(), &b);
    back = decode_ok(b.data, b.len, ts_explicit_le());
    ck_assert_int_eq(ds_get_u32(back, T(0010, 0000), 0, &gl), 0);
    ck_assert_uint_eq(gl, 12);
    ck_assert_int_eq(ds_get_u32(back, T(0008, 0000), 0, &gl), 0);
    ck_assert_uint_eq(gl, 12);
    ck_assert_int_eq(enc_set_group_lengths(back, 0), 0);
    ck_assert_uint_eq(ds_count(back), 3);
    ds_free(back);
    buf_free(&b);
    ds_free(ds);
}
END_TEST

/* A dataset with sequences nested three deep, defined and undefined. */
static struct ds *nested_dataset(void)
{
    struct ds *ds = ds_new(), *item, *inner, *inner2;

    ds_set_string(ds, T(0008, 0005), VR_CS, "ISO_IR 100");
    ds_add_item(ds, T(0008, 1140), &item);
    ds_set_string(item, T(0008, 1150), VR_UI, "1.2.840.10008.5.1.4.1.1.2");
    ds_add_item(item, T(0040, A730), &inner);
    ds_item_set_undefined(inner, 0);
    ds_set_string(inner, T(0040, A040), VR_CS, "TEXT");
    ds_add_item(inner, T(0040, A730), &inner2);
    ds_set_string(inner2, T(0040, A160), VR_UT, "deep");
    ds_add_item(ds, T(0008, 1140), &item);
    ds_add_item(ds, T(0008, 1115), &item); /* an item of its own, empty */
    ds_set_string(ds, T(0010, 0010), VR_PN, "After^Sequence");
    return ds;
}

START_TEST(test_enc_round_trip_every_encoding)
{
    const struct ts *all[] = {ts_implicit_le(), ts_explicit_le(), ts_explicit_be(),
                              ts_deflated_le()};

    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        struct ds *ds = nested_dataset(), *back;
        struct buf b1, b2;
        const struct ds_elem *sq;
        char s[32];

        encode_ok(ds, all[i], &b1);
        back = decode_ok(b1.data, b1.len, all[i]);
        encode_ok(back, all[i], &b2);
        ck_assert_uint_eq(b1.len, b2.len);
        ck_assert_mem_eq(b1.data, b2.data, b1.len);
        sq = ds_find(back, T(0008, 1140));
        ck_assert_uint_eq(sq->vr, VR_SQ);
        ck_assert_uint_eq(sq->nitems, 2);
        ck_assert_uint_eq(ds_count(sq->items[1]), 0);
        sq = ds_find(sq->items[0], T(0040, A730));
        ck_assert_int_eq(ds_item_undefined(sq->items[0]), 0);
        sq = ds_find(sq->items[0], T(0040, A730));
        ck_assert_int_eq(ds_get_string(sq->items[0], T(0040, A160), s, sizeof s), 0);
        ck_assert_str_eq(s, "deep");
        ck_assert_int_eq(ds_get_string(back, T(0010, 0010), s, sizeof s), 0);
        ck_assert_str_eq(s, "After^Sequence");
        buf_free(&b1);
        buf_free(&b2);
        ds_free(back);
        ds_free(ds);
    }
}
END_TEST

START_TEST(test_enc_defined_length_sequence_bytes)
{
    static const uint8_t want[] = {
        0x08, 0x00, 0x40, 0x11, 'S', 'Q', 0, 0, 18,  0, 0, 0, /* (0008,1140) SQ len 18 */
        0xFE, 0xFF, 0x00, 0xE0, 10,  0,   0, 0,               /* item len 10 */
        0x08, 0x00, 0x50, 0x11, 'U', 'I', 2, 0, '1', 0,
    };
    struct ds *ds = ds_new(), *item, *back;
    struct buf b;

    ds_add_item(ds, T(0008, 1140), &item);
    ds_item_set_undefined(item, 0);
    ds_set_string(item, T(0008, 1150), VR_UI, "1");
    /* ds_add_item makes undefined-length sequences: FFFFFFFF and a delimiter. */
    encode_ok(ds, ts_explicit_le(), &b);
    ck_assert_uint_eq(b.len, sizeof want + 8);
    ck_assert_mem_eq(b.data + 8, "\xFF\xFF\xFF\xFF", 4);
    ck_assert_mem_eq(b.data + 12, want + 12, sizeof want - 12);
    buf_free(&b);
    /* A decoded defined-length sequence is written defined again. */
    back = decode_ok(want, sizeof want, ts_explicit_le());
    ck_assert_int_eq(ds_find(back, T(0008, 1140))->flags & DS_F_UNDEFINED, 0);
    ck_assert_uint_eq(ds_find(back, T(0008, 1140))->len, 18);
    /* A sequence has a length but no bytes: text accessors refuse it. */
    {
        char s[8];
        ck_assert_int_eq(ds_get_string_at(back, T(0008, 1140), 0, s, sizeof s), DG_EPARSE);
        ck_assert_int_eq(ds_get_string(back, T(0008, 1140), s, sizeof s), DG_EPARSE);
    }
    encode_ok(back, ts_explicit_le(), &b);
    ck_assert_uint_eq(b.len, sizeof want);
    ck_assert_mem_eq(b.data, want, sizeof want);
    buf_free(&b);
    ds_free(back);
    ds_free(ds);
}
END_TEST

static const uint8_t encapsulated[] = {
    0x28, 0x00, 0x10, 0x00, 'U', 'S', 2,    0,    4,    0,    0xE0, 0x7F,
    0x10, 0x00, 'O',  'B',  0,   0,   0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF,
    0x00, 0xE0, 4,    0,    0,   0,   0,    0,    0,    0,          /* offset table: 0 */
    0xFE, 0xFF, 0x00, 0xE0, 3,   0,   0,    0,    0xAA, 0xBB, 0xCC, /* odd fragment */
    0xFE, 0xFF, 0x00, 0xE0, 2,   0,   0,    0,    0xDD, 0xEE, 0xFE, 0xFF,
    0xDD, 0xE0, 0,    0,    0,   0,
};

START_TEST(test_enc_encapsulated_pixel_data_carried_as_is)
{
    struct ds *ds = decode_ok(encapsulated, sizeof encapsulated, ts_explicit_le());
    const struct ds_elem *e = ds_find(ds, T(7FE0, 0010));
    const uint8_t *p;
    size_t len;
    struct buf b;

    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->flags, DS_F_ENCAPSULATED | DS_F_UNDEFINED);
    ck_assert_uint_eq(ds_elem_fragment_count(e), 3);
    ck_assert_int_eq(ds_elem_fragment(e, 1, &p, &len), 0);
    ck_assert_uint_eq(len, 3);
    ck_assert_mem_eq(p, "\xAA\xBB\xCC", 3);
    ck_assert_int_eq(ds_elem_fragment(e, 3, &p, &len), DG_ENOTFOUND);
    /* Written back item by item, the odd fragment padded with a zero byte:
     * item lengths are even (PS3.5 A.4), whatever the reader tolerated. */
    encode_ok(ds, ts_explicit_le(), &b);
    ck_assert_uint_eq(b.len, sizeof encapsulated + 1);
    ck_assert_mem_eq(b.data, encapsulated, 38);
    ck_assert_mem_eq(b.data + 38, "\x04\0\0\0\xAA\xBB\xCC\0", 8);
    ck_assert_mem_eq(b.data + 46, encapsulated + 45, sizeof encapsulated - 45);
    buf_free(&b);
    /* Big endian cannot carry little endian fragments. */
    buf_init(&b, 1 << 20);
    ck_assert_int_eq(enc_encode(ds, ts_explicit_be(), &b), DG_EUNSUPPORTED);
    buf_free(&b);
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_implicit_undefined_lengths_and_unknown_sequence)
{
    static const uint8_t data[] = {
        /* (0008,1140) undefined SQ, one undefined item with (0008,1150) "1" */
        0x08, 0x00, 0x40, 0x11, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF,
        0xFF, 0x08, 0x00, 0x50, 0x11, 2, 0, 0, 0, '1', 0, 0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0, 0xFE,
        0xFF, 0xDD, 0xE0, 0, 0, 0, 0,
        /* (0009,1010) private, undefined length: a sequence too */
        0x09, 0x00, 0x10, 0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0,
        /* (0010,0010) PN with odd length 3 */
        0x10, 0x00, 0x10, 0x00, 3, 0, 0, 0, 'A', 'B', 'C'};
    struct ds *ds = decode_ok(data, sizeof data, ts_implicit_le());
    const struct ds_elem *sq = ds_find(ds, T(0008, 1140));
    char s[8];

    ck_assert_uint_eq(sq->nitems, 1);
    ck_assert_int_eq(ds_get_string(sq->items[0], T(0008, 1150), s, sizeof s), 0);
    ck_assert_str_eq(s, "1");
    ck_assert_uint_eq(ds_find(ds, T(0009, 1010))->vr, VR_SQ);
    ck_assert_uint_eq(ds_find(ds, T(0009, 1010))->nitems, 0);
    ck_assert_uint_eq(ds_find(ds, T(0010, 0010))->len, 3);
    ck_assert_int_eq(ds_get_string(ds, T(0010, 0010), s, sizeof s), 0);
    ck_assert_str_eq(s, "ABC");
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_explicit_un_undefined_is_implicit_sequence)
{
    static const uint8_t data[] = {
        0x09, 0x00, 0x10, 0x10, 'U',  'N',  0,   0,  0xFF, 0xFF,
        0xFF, 0xFF, 0xFE, 0xFF, 0x00, 0xE0, 10,  0,  0,    0,
        0x28, 0x00, 0x10, 0x00, 2,    0,    0,   0,  0x00, 0x01, /* implicit US 256 */
        0xFE, 0xFF, 0xDD, 0xE0, 0,    0,    0,   0,  0x10, 0x00,
        0x20, 0x00, 'L',  'O',  2,    0,    'I', 'D'};
    struct ds *ds = decode_ok(data, sizeof data, ts_explicit_le());
    const struct ds_elem *sq = ds_find(ds, T(0009, 1010));
    uint16_t v;
    char s[8];

    ck_assert_uint_eq(sq->vr, VR_SQ);
    ck_assert_int_eq(ds_get_u16(sq->items[0], T(0028, 0010), 0, &v), 0);
    ck_assert_uint_eq(v, 256);
    ck_assert_int_eq(ds_get_string(ds, T(0010, 0020), s, sizeof s), 0);
    ck_assert_str_eq(s, "ID");
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_odd_values_are_padded_on_write)
{
    struct ds *ds = ds_new(), *back;
    struct buf b;

    ds_set(ds, T(0010, 0010), VR_PN, "ABC", 3);
    ds_set(ds, T(0009, 1010), VR_OB, "\x01\x02\x03", 3);
    encode_ok(ds, ts_explicit_le(), &b);
    ck_assert_uint_eq(b.len, 12 + 12 + 4);
    back = decode_ok(b.data, b.len, ts_explicit_le());
    ck_assert_uint_eq(ds_find(back, T(0009, 1010))->len, 4);
    ck_assert_mem_eq(ds_find(back, T(0009, 1010))->value, "\x01\x02\x03\x00", 4);
    ck_assert_mem_eq(ds_find(back, T(0010, 0010))->value, "ABC ", 4);
    ds_free(back);
    buf_free(&b);
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_stop_before_pixels_and_partial)
{
    struct enc_opts o = {0, 0, 1, 0, 0};
    struct ds *ds = ds_new();
    size_t used;

    ck_assert_int_eq(enc_decode(encapsulated, sizeof encapsulated, ts_explicit_le(), &o, ds, &used),
                     0);
    ck_assert_uint_eq(used, 10);
    ck_assert_uint_eq(ds_count(ds), 1);
    ds_free(ds);
    /* A prefix that ends on an element boundary is "need more" when partial. */
    o.stop_before_pixels = 0;
    o.partial = 1;
    ck_assert_int_eq(decode_rc(encapsulated, 10, ts_explicit_le(), &o), DG_ETRUNC);
    ck_assert_int_eq(decode_rc(encapsulated, 10, ts_explicit_le(), NULL), 0);
    /* Float pixel data (7FE0,0008) is pixel data too: a header read stops
     * before it as before (7FE0,0010). */
    {
        static const uint8_t floats[] = {
            0x10, 0x00, 0x20, 0x00, 'L', 'O', 2, 0, 'I', 'D',  0xE0, 0x7F, 0x08, 0x00, 'O',
            'F',  0,    0,    8,    0,   0,   0, 0, 0,   0x80, 0x3F, 0,    0,    0x80, 0x3F,
            0xFC, 0xFF, 0xFC, 0xFF, 'O', 'B', 0, 0, 2,   0,    0,    0,    0,    0};
        o.stop_before_pixels = 1;
        o.partial = 0;
        ds = ds_new();
        ck_assert_int_eq(enc_decode(floats, sizeof floats, ts_explicit_le(), &o, ds, &used), 0);
        ck_assert_uint_eq(used, 10);
        ck_assert_uint_eq(ds_count(ds), 1);
        ds_free(ds);
    }
}
END_TEST

/* Every prefix of a valid stream fails cleanly (or succeeds on an element
 * boundary); run under ASan this proves no read past the end. */
START_TEST(test_enc_every_truncation_fails_cleanly)
{
    const struct ts *all[] = {ts_implicit_le(), ts_explicit_le(), ts_explicit_be()};

    for (size_t t = 0; t < 3; t++) {
        struct ds *ds = nested_dataset();
        struct buf b;
        unsigned ok = 0;

        encode_ok(ds, all[t], &b);
        for (size_t n = 0; n < b.len; n++) {
            /* A copy of exactly n bytes, so ASan sees any over-read. */
            uint8_t *copy = malloc(n ? n : 1);
            int rc;
            memcpy(copy, b.data, n);
            rc = decode_rc(copy, n, all[t], NULL);
            ck_assert_msg(rc == 0 || rc == DG_ETRUNC || rc == DG_EPARSE, "prefix %zu: %d", n, rc);
            ok += rc == 0;
            free(copy);
        }
        /* Only the boundaries between top-level elements decode: 0 bytes,
         * after (0008,0005) and after the two sequences. */
        ck_assert_uint_eq(ok, 4);
        buf_free(&b);
        ds_free(ds);
    }
}
END_TEST

/* A VR code newer than our table (PS3.5 7.1.2) reads as UN with the 32-bit
 * length, as dcmtk reads it, and the elements after it are not lost. */
START_TEST(test_enc_reads_unknown_vr_code_as_un)
{
    static const uint8_t p[] = {0x09, 0x00, 0x10, 0x00, 'Q',  'Q',  0,    0,   4,   0, 0, 0,   'a',
                                'b',  'c',  'd',  0x10, 0x00, 0x20, 0x00, 'L', 'O', 2, 0, 'I', 'D'};
    struct ds *ds = ds_new();
    const struct ds_elem *e;
    char id[8];

    ck_assert_int_eq(enc_decode(p, sizeof p, ts_explicit_le(), NULL, ds, NULL), 0);
    e = ds_find(ds, 0x00090010);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->vr, VR_UN);
    ck_assert_uint_eq(e->len, 4);
    ck_assert_int_eq(ds_get_string(ds, 0x00100020, id, sizeof id), 0);
    ck_assert_str_eq(id, "ID");
    ds_free(ds);
}
END_TEST

START_TEST(test_enc_rejects_hostile_lengths)
{
    static const uint8_t beyond[] = {0x10, 0x00, 0x10, 0x00, 'P', 'N', 0x10, 0, 'A', 'B'};
    static const uint8_t beyond_implicit[] = {0x10, 0x00, 0x10, 0x00, 0xF0,
                                              0xFF, 0xFF, 0xFF, 'A',  'B'};
    static const uint8_t undefined_us[] = {0x28, 0x00, 0x10, 0x00, 0xFF, 0xFF, 0xFF, 0xFF};
    static const uint8_t undefined_ut[] = {0x40, 0x00, 0x60, 0x01, 'U',  'T',
                                           0,    0,    0xFF, 0xFF, 0xFF, 0xFF};
    static const uint8_t bad_vr[] = {0x10, 0x00, 0x10, 0x00, 'z', 0x01, 2, 0, 'A', 'B'};
    /* An unknown VR code takes the 32-bit length form: a short header lies. */
    static const uint8_t new_vr_short[] = {0x10, 0x00, 0x10, 0x00, 'Z', 'Z', 2, 0, 'A', 'B'};
    static const uint8_t item_outside[] = {0xFE, 0xFF, 0x00, 0xE0, 0, 0, 0, 0};
    static const uint8_t not_an_item[] = {0x08, 0x00, 0x40, 0x11, 'S',  'Q',  0, 0, 8, 0,
                                          0,    0,    0x08, 0x00, 0x50, 0x11, 0, 0, 0, 0};
    static const uint8_t item_beyond_sq[] = {0x08, 0x00, 0x40, 0x11, 'S', 'Q', 0, 0, 8, 0, 0, 0,
                                             0xFE, 0xFF, 0x00, 0xE0, 16,  0,   0, 0, 0, 0, 0, 0,
                                             0,    0,    0,    0,    0,   0,   0, 0, 0, 0, 0, 0};
    static const uint8_t fragment_beyond[] = {0xE0, 0x7F, 0x10, 0x00, 'O',  'B',  0,    0,
                                              0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0x00, 0xE0,
                                              0xFF, 0xFF, 0xFF, 0x7F, 0,    0};
    static const uint8_t sq_without_end[] = {0x08, 0x00, 0x40, 0x11, 'S',  'Q',
                                             0,    0,    0xFF, 0xFF, 0xFF, 0xFF};

    ck_assert_int_eq(decode_rc(beyond, sizeof beyond, ts_explicit_le(), NULL), DG_ETRUNC);
    ck_assert_int_eq(decode_rc(beyond_implicit, sizeof beyond_implicit, ts_implicit_le(), NULL),
                     DG_ETRUNC);
    ck_assert_int_eq(decode_rc(undefined_us, sizeof undefined_us, ts_implicit_le(), NULL),
                     DG_EPARSE);
    ck_assert_int_eq(decode_rc(undefined_ut, sizeof undefined_ut, ts_explicit_le(), NULL),
                     DG_EPARSE);
    ck_assert_int_eq(decode_rc(bad_vr, sizeof bad_vr, ts_explicit_le(), NULL), DG_EPARSE);
    ck_assert_int_eq(decode_rc(new_vr_short, sizeof new_vr_short, ts_explicit_le(), NULL),
                     DG_ETRUNC);
    ck_assert_int_eq(decode_rc(item_outside, sizeof item_outside, ts_explicit_le(), NULL),
                     DG_EPARSE);
    ck_assert_int_eq(decode_rc(not_an_item, sizeof not_an_item, ts_explicit_le(), NULL), DG_EPARSE);
    ck_assert_int_eq(decode_rc(item_beyond_sq, sizeof item_beyond_sq, ts_explicit_le(), NULL),
                     DG_ETRUNC);
    ck_assert_int_eq(decode_rc(fragment_beyond, sizeof fragment_beyond, ts_explicit_le(), NULL),
                     DG_ETRUNC);
    ck_assert_int_eq(decode_rc(sq_without_end, sizeof sq_without_end, ts_explicit_le(), NULL),
                     DG_ETRUNC);
}
END_TEST

/* Sequences nested `depth` deep, undefined lengths, implicit VR. */
static uint8_t *deep_nesting(unsigned depth, size_t *len)
{
    static const uint8_t open[] = {0x08, 0x00, 0x40, 0x11, 0xFF, 0xFF, 0xFF, 0xFF,
                                   0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF};
    static const uint8_t close[] = {0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0,
                                    0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0};
    uint8_t *p = malloc((size_t)depth * 32);
    for (unsigned i = 0; i < depth; i++) {
        memcpy(p + (size_t)i * 16, open, 16);
        memcpy(p + (size_t)depth * 16 + (size_t)i * 16, close, 16);
    }
    *len = (size_t)depth * 32;
    return p;
}

START_TEST(test_enc_depth_limit)
{
    struct enc_opts o = {8, 0, 0, 0, 0};
    size_t len;
    uint8_t *p = deep_nesting(10000, &len);

    ck_assert_int_eq(decode_rc(p, len, ts_implicit_le(), NULL), DG_EDEPTH);
    free(p);
    p = deep_nesting(8, &len);
    ck_assert_int_eq(decode_rc(p, len, ts_implicit_le(), &o), 0);
    free(p);
    p = deep_nesting(9, &len);
    ck_assert_int_eq(decode_rc(p, len, ts_implicit_le(), &o), DG_EDEPTH);
    free(p);
    /* Whatever the caller asks, the recursion stays within what a 512 KiB
     * association thread stack holds. */
    o.max_depth = 100000;
    p = deep_nesting(ENC_MAX_DEPTH, &len);
    ck_assert_int_eq(decode_rc(p, len, ts_implicit_le(), &o), 0);
    free(p);
    p = deep_nesting(ENC_MAX_DEPTH + 1, &len);
    ck_assert_int_eq(decode_rc(p, len, ts_implicit_le(), &o), DG_EDEPTH);
    free(p);
}
END_TEST

START_TEST(test_enc_deflate_bomb_is_capped)
{
    size_t n = 8 << 20;
    uint8_t *zeros = calloc(1, n), *packed;
    uLongf packed_len;
    z_stream z;
    struct enc_opts o = {0, 1 << 20, 0, 0, 0};

    /* 8 MiB of zero bytes deflate to a few KiB. */
    memset(&z, 0, sizeof z);
    ck_assert_int_eq(deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
    packed_len = deflateBound(&z, n);
    packed = malloc(packed_len);
    z.next_in = zeros;
    z.avail_in = (uInt)n;
    z.next_out = packed;
    z.avail_out = (uInt)packed_len;
    ck_assert_int_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    packed_len = z.total_out;
    deflateEnd(&z);
    ck_assert_int_eq(decode_rc(packed, packed_len, ts_deflated_le(), &o), DG_ETOOBIG);
    /* Garbage is not a deflate stream. */
    ck_assert_int_eq(decode_rc((const uint8_t *)"\xFF\xFF\xFF\xFF", 4, ts_deflated_le(), NULL),
                     DG_EPARSE);
    free(packed);
    free(zeros);
}
END_TEST

/* Numbers from text land in their VR or are refused, never wrapped. */
START_TEST(test_ds_number_text_ranges)
{
    struct ds *ds = ds_new();
    const uint32_t rows = DICT_TAG(0x0028, 0x0010), pixel = DICT_TAG(0x0028, 0x0106);
    const uint32_t ul = DICT_TAG(0x0028, 0x0008), sl = DICT_TAG(0x0018, 0x6020);
    uint16_t u16;
    int16_t i16;
    uint32_t u32;
    int32_t i32;

    ck_assert_ptr_nonnull(ds);
    ck_assert_int_eq(ds_set_number_text(ds, rows, VR_US, "65535", 5), 0);
    ck_assert_int_eq(ds_get_u16(ds, rows, 0, &u16), 0);
    ck_assert_uint_eq(u16, 65535);
    ck_assert_int_eq(ds_set_number_text(ds, rows, VR_US, "70000", 5), DG_EPARSE);
    ck_assert_int_eq(ds_set_number_text(ds, rows, VR_US, "-1", 2), DG_EPARSE);
    ck_assert_int_eq(ds_get_u16(ds, rows, 0, &u16), 0);
    ck_assert_uint_eq(u16, 65535); /* left as it was */
    ck_assert_int_eq(ds_set_number_text(ds, pixel, VR_SS, "-32768", 6), 0);
    ck_assert_int_eq(ds_get_i16(ds, pixel, 0, &i16), 0);
    ck_assert_int_eq(i16, -32768);
    ck_assert_int_eq(ds_set_number_text(ds, pixel, VR_SS, "32768", 5), DG_EPARSE);
    ck_assert_int_eq(ds_set_number_text(ds, pixel, VR_SS, "-32769", 6), DG_EPARSE);
    ck_assert_int_eq(ds_set_number_text(ds, ul, VR_UL, "4294967295", 10), 0);
    ck_assert_int_eq(ds_get_u32(ds, ul, 0, &u32), 0);
    ck_assert_uint_eq(u32, 4294967295u);
    ck_assert_int_eq(ds_set_number_text(ds, ul, VR_UL, "4294967296", 10), DG_EPARSE);
    ck_assert_int_eq(ds_set_number_text(ds, sl, VR_SL, "-2147483648", 11), 0);
    ck_assert_int_eq(ds_get_i32(ds, sl, 0, &i32), 0);
    ck_assert_int_eq(i32, INT32_MIN);
    ck_assert_int_eq(ds_set_number_text(ds, sl, VR_SL, "2147483648", 10), DG_EPARSE);
    ck_assert_int_eq(ds_set_number_text(ds, sl, VR_SV, "99999999999999999999", 20), DG_EPARSE);
    ck_assert_int_eq(ds_set_number_text(ds, sl, VR_UV, "18446744073709551615", 20), 0);
    ck_assert_int_eq(ds_set_number_text(ds, sl, VR_UV, "18446744073709551616", 20), DG_EPARSE);
    ck_assert_int_eq(ds_set_number_text(ds, rows, VR_US, "12x", 3), DG_EPARSE);
    ds_free(ds);
}
END_TEST

static Suite *dataset_suite(void)
{
    Suite *s = suite_create("dataset");
    TCase *ds = tcase_create("dataset");
    TCase *codec = tcase_create("encoding");

    tcase_add_test(ds, test_ds_set_get_string_trims_padding);
    tcase_add_test(ds, test_ds_multi_valued_strings);
    tcase_add_test(ds, test_ds_person_name_groups);
    tcase_add_test(ds, test_ds_binary_accessors);
    tcase_add_test(ds, test_ds_text_numbers);
    tcase_add_test(ds, test_ds_number_text_ranges);
    tcase_add_test(ds, test_ds_elements_stay_sorted_replace_and_remove);
    tcase_add_test(ds, test_ds_clear_after_large_values_keeps_the_root);
    tcase_add_test(ds, test_ds_many_elements_and_items);
    tcase_add_test(codec, test_enc_implicit_le_exact_bytes);
    tcase_add_test(codec, test_enc_explicit_le_and_be_exact_bytes);
    tcase_add_test(codec, test_enc_explicit_long_length_vrs);
    tcase_add_test(codec, test_enc_command_group_length);
    tcase_add_test(codec, test_enc_group_lengths_added_recomputed_dropped);
    tcase_add_test(codec, test_enc_round_trip_every_encoding);
    tcase_add_test(codec, test_enc_defined_length_sequence_bytes);
    tcase_add_test(codec, test_enc_encapsulated_pixel_data_carried_as_is);
    tcase_add_test(codec, test_enc_implicit_undefined_lengths_and_unknown_sequence);
    tcase_add_test(codec, test_enc_explicit_un_undefined_is_implicit_sequence);
    tcase_add_test(codec, test_enc_odd_values_are_padded_on_write);
    tcase_add_test(codec, test_enc_stop_before_pixels_and_partial);
    tcase_add_test(codec, test_enc_every_truncation_fails_cleanly);
    tcase_add_test(codec, test_enc_reads_unknown_vr_code_as_un);
    tcase_add_test(codec, test_enc_rejects_hostile_lengths);
    tcase_add_test(codec, test_enc_depth_limit);
    tcase_add_test(codec, test_enc_deflate_bomb_is_capped);
    suite_add_tcase(s, ds);
    suite_add_tcase(s, codec);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dataset_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
