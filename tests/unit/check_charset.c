/* Unit tests for src/dicom/charset: every Specific Character Set decoded from
 * real byte sequences (most from the examples of PS3.5 Annexes H to K),
 * UTF-8 encoded back with the escape sequences the standard shows, round
 * trips, and hostile input giving replacement characters or errors. */
#include "dicom/charset.h"
#include "util/error.h"

#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* A byte-string literal as (pointer, length), embedded NULs included. */
#define BYTES(s) (const uint8_t *)(s), sizeof(s) - 1

static struct cs_conv *cv;

static void setup(void)
{
    ck_assert_int_eq(cs_conv_new(&cv), 0);
}

static void teardown(void)
{
    cs_conv_free(cv);
    cv = NULL;
}

static void parse(const char *scs, struct cs_spec *spec)
{
    int rc = cs_spec_parse((const uint8_t *)scs, strlen(scs), spec);
    ck_assert_msg(rc == 0, "cs_spec_parse(\"%s\") = %d", scs, rc);
}

/* Decode and compare with the expected UTF-8 and replacement count. */
static void expect_decode(const char *scs, enum cs_kind kind, const uint8_t *in, size_t len,
                          const char *want, size_t want_bad)
{
    struct cs_spec spec;
    struct buf out;
    size_t nbad = 0;

    parse(scs, &spec);
    buf_init(&out, 1 << 16);
    ck_assert_int_eq(cs_to_utf8(cv, &spec, kind, in, len, &out, &nbad), 0);
    ck_assert_int_eq(buf_append(&out, "", 1), 0);
    ck_assert_msg(strcmp((const char *)out.data, want) == 0, "[%s] decoded \"%s\", want \"%s\"",
                  scs, (const char *)out.data, want);
    ck_assert_uint_eq(nbad, want_bad);
    buf_free(&out);
}

static void expect_encode(const char *scs, enum cs_kind kind, const char *utf8, const uint8_t *want,
                          size_t want_len)
{
    struct cs_spec spec;
    struct buf out;

    parse(scs, &spec);
    buf_init(&out, 1 << 16);
    ck_assert_int_eq(cs_from_utf8(cv, &spec, kind, (const uint8_t *)utf8, strlen(utf8), &out), 0);
    ck_assert_uint_eq(out.len, want_len);
    ck_assert_msg(memcmp(out.data, want, want_len) == 0, "[%s] encoding of \"%s\" differs", scs,
                  utf8);
    buf_free(&out);
}

static int encode_rc(const char *scs, enum cs_kind kind, const uint8_t *in, size_t len)
{
    struct cs_spec spec;
    struct buf out;
    int rc;

    parse(scs, &spec);
    buf_init(&out, 1 << 16);
    rc = cs_from_utf8(cv, &spec, kind, in, len, &out);
    buf_free(&out);
    return rc;
}

/* UTF-8 -> set -> UTF-8 gives the input back, with no replacements. */
static void expect_round_trip(const char *scs, enum cs_kind kind, const char *utf8)
{
    struct cs_spec spec;
    struct buf enc, dec;
    size_t nbad = 0;

    parse(scs, &spec);
    buf_init(&enc, 1 << 16);
    buf_init(&dec, 1 << 16);
    ck_assert_msg(cs_from_utf8(cv, &spec, kind, (const uint8_t *)utf8, strlen(utf8), &enc) == 0,
                  "[%s] cannot encode \"%s\"", scs, utf8);
    ck_assert_int_eq(cs_to_utf8(cv, &spec, kind, enc.data, enc.len, &dec, &nbad), 0);
    ck_assert_uint_eq(nbad, 0);
    ck_assert_uint_eq(dec.len, strlen(utf8));
    ck_assert_msg(memcmp(dec.data, utf8, dec.len) == 0, "[%s] round trip of \"%s\" differs", scs,
                  utf8);
    buf_free(&enc);
    buf_free(&dec);
}

/* ---- Specific Character Set parsing ---- */

START_TEST(test_spec_accepts_defined_terms_and_padding)
{
    struct cs_spec spec;
    const char *ok[] = {"",
                        "ISO_IR 100",
                        "ISO_IR 100 ",
                        "ISO_IR 192\0",
                        "\\ISO 2022 IR 87",
                        "ISO 2022 IR 13\\ISO 2022 IR 87",
                        "ISO 2022 IR 6\\ISO 2022 IR 100\\ISO 2022 IR 144",
                        "GB18030",
                        "GBK",
                        "iso-ir 144",
                        "ISO_IR 166",
                        "ISO_IR 203",
                        "\\ISO 2022 IR 149",
                        "\\ISO 2022 IR 58",
                        "ISO 2022 IR 6\\ISO 2022 IR 159"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int rc = cs_spec_parse((const uint8_t *)ok[i], strlen(ok[i]) + (i == 3), &spec);
        ck_assert_msg(rc == 0, "\"%s\" rejected", ok[i]);
    }
}
END_TEST

START_TEST(test_spec_rejects_unknown_and_misplaced_terms)
{
    struct cs_spec spec;
    const char *bad[] = {"ISO_IR 999",
                         "LATIN1",
                         "ISO 2022 IR 192",
                         "ISO_IR 100\\ISO_IR 192",
                         "\\GB18030",
                         "ISO_IR 192\\",
                         "ISO_IR 100\\ISO_IR 101\\ISO_IR 109\\ISO_IR 110\\ISO_IR 144\\ISO_IR 126\\"
                         "ISO_IR 127\\ISO_IR 138\\ISO_IR 148"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(cs_spec_parse((const uint8_t *)bad[i], strlen(bad[i]), &spec) == DG_ECHARSET,
                      "\"%s\" accepted", bad[i]);
}
END_TEST

START_TEST(test_kind_for_vr)
{
    ck_assert_int_eq(cs_kind_for_vr("PN"), CS_PN);
    ck_assert_int_eq(cs_kind_for_vr("LT"), CS_TEXT);
    ck_assert_int_eq(cs_kind_for_vr("ST"), CS_TEXT);
    ck_assert_int_eq(cs_kind_for_vr("UT"), CS_TEXT);
    ck_assert_int_eq(cs_kind_for_vr("LO"), CS_STRING);
}
END_TEST

/* ---- Single-byte sets without code extensions ---- */

START_TEST(test_decode_single_byte_sets)
{
    expect_decode("ISO_IR 100", CS_PN, BYTES("Buc^J\xe9r\xf4me"), "Buc^Jérôme", 0);
    expect_decode("ISO_IR 101", CS_PN, BYTES("Dvo\xf8\xe1k^Anton\xedn"), "Dvořák^Antonín", 0);
    expect_decode("ISO_IR 109", CS_PN,
                  BYTES("\xa1"
                        "al Far"),
                  "Ħal Far", 0);
    expect_decode("ISO_IR 110", CS_PN, BYTES("K\xe0rlis"), "Kārlis", 0);
    expect_decode("ISO_IR 144", CS_PN, BYTES("\xbb\xee\xda\x63\x65\xdc\xd1\x79\x70\xd3"),
                  "Люкceмбypг", 0);
    expect_decode("ISO_IR 127", CS_PN, BYTES("\xe2\xc8\xc7\xe6\xea^\xe4\xe6\xd2\xc7\xd1"),
                  "قباني^لنزار", 0);
    expect_decode("ISO_IR 126", CS_PN, BYTES("\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2"), "Διονυσιος",
                  0);
    expect_decode("ISO_IR 138", CS_PN, BYTES("\xf9\xf8\xe5\xef^\xe3\xe1\xe5\xf8\xe4"), "שרון^דבורה",
                  0);
    expect_decode("ISO_IR 148", CS_PN, BYTES("\xc7\x61vu\xfeo\xf0lu"), "Çavuşoğlu", 0);
    expect_decode("ISO_IR 166", CS_TEXT, BYTES("\xc0\xd2\xc9\xd2\xe4\xb7\xc2"), "ภาษาไทย", 0);
    expect_decode("ISO_IR 203", CS_TEXT, BYTES("\xa4uro"), "€uro", 0);
}
END_TEST

START_TEST(test_decode_jis_x0201_katakana)
{
    /* PS3.5 H.3.2, first component group, as a single-valued ISO_IR 13. */
    expect_decode("ISO_IR 13", CS_PN, BYTES("\xd4\xcf\xc0\xde^\xc0\xdb\xb3"), "ﾔﾏﾀﾞ^ﾀﾛｳ", 0);
    /* 0xE0-0xFF are not JIS X 0201 characters. */
    expect_decode("ISO_IR 13", CS_PN, BYTES("\xd4\xe0"), "ﾔ\xef\xbf\xbd", 1);
}
END_TEST

START_TEST(test_decode_default_repertoire_falls_back)
{
    /* No Specific Character Set: valid UTF-8 is read as such, anything else
     * as Latin-1; C1 controls are replaced. */
    expect_decode("", CS_PN, BYTES("Buc^J\xe9r\xf4me"), "Buc^Jérôme", 0);
    expect_decode("", CS_PN, BYTES("Buc^J\xc3\xa9r\xc3\xb4me"), "Buc^Jérôme", 0);
    expect_decode("ISO_IR 6", CS_PN,
                  BYTES("A\x85"
                        "B"),
                  "A\xef\xbf\xbd"
                  "B",
                  1);
    expect_decode("", CS_PN, BYTES("Smith^John"), "Smith^John", 0);
}
END_TEST

START_TEST(test_decode_undefined_bytes_are_replaced)
{
    /* 0xA5 is unassigned in ISO 8859-3, 0xC0 in ISO 8859-6; 0x85 is a C1
     * control in every ISO 8859 set. */
    expect_decode("ISO_IR 109", CS_TEXT,
                  BYTES("a\xa5"
                        "b"),
                  "a\xef\xbf\xbd"
                  "b",
                  1);
    expect_decode("ISO_IR 127", CS_TEXT, BYTES("\xc0\xc8"),
                  "\xef\xbf\xbd"
                  "ب",
                  1);
    expect_decode("ISO_IR 100", CS_TEXT, BYTES("\x85\xe9"),
                  "\xef\xbf\xbd"
                  "é",
                  1);
}
END_TEST

START_TEST(test_decode_controls)
{
    /* CR, LF, FF and TAB are kept; NUL, other C0 controls and DEL are not. */
    expect_decode("ISO_IR 100", CS_TEXT, BYTES("a\r\nb\tc\fd"), "a\r\nb\tc\fd", 0);
    expect_decode("ISO_IR 100", CS_TEXT,
                  BYTES("a\0b\x07"
                        "c\x7f"),
                  "a\xef\xbf\xbd"
                  "b\xef\xbf\xbd"
                  "c\xef\xbf\xbd",
                  3);
    expect_decode("ISO_IR 192", CS_TEXT, BYTES("a\0b\n"),
                  "a\xef\xbf\xbd"
                  "b\n",
                  1);
}
END_TEST

/* ---- UTF-8, GB18030, GBK ---- */

START_TEST(test_decode_utf8_valid_and_invalid)
{
    expect_decode("ISO_IR 192", CS_PN, BYTES("Wang^XiaoDong=王^小东="),
                  "Wang^XiaoDong=王^小东=", 0);
    expect_decode("ISO_IR 192", CS_TEXT, BYTES("\xf0\x9f\x98\x80"), "😀", 0);
    /* A lone continuation, a bad second byte, an overlong '/', a surrogate,
     * a value above U+10FFFF, a truncated sequence: each byte replaced. */
    expect_decode("ISO_IR 192", CS_TEXT,
                  BYTES("a\x80"
                        "b"),
                  "a\xef\xbf\xbd"
                  "b",
                  1);
    expect_decode("ISO_IR 192", CS_TEXT, BYTES("\xc3\x28"), "\xef\xbf\xbd(", 1);
    expect_decode("ISO_IR 192", CS_TEXT, BYTES("\xc0\xaf"), "\xef\xbf\xbd\xef\xbf\xbd", 2);
    expect_decode("ISO_IR 192", CS_TEXT, BYTES("\xed\xa0\x80"),
                  "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3);
    expect_decode("ISO_IR 192", CS_TEXT,
                  BYTES("\xf4\x90\x80\x80"
                        "x"),
                  "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx", 4);
    expect_decode("ISO_IR 192", CS_TEXT, BYTES("ab\xe6\x97"), "ab\xef\xbf\xbd\xef\xbf\xbd", 2);
}
END_TEST

START_TEST(test_decode_gb18030_and_gbk)
{
    /* PS3.5 Annex J style names; 東 is 0x96 0x7C. */
    expect_decode("GB18030", CS_PN, BYTES("Wang^XiaoDong=\xcd\xf5^\xd0\xa1\x96\x7c="),
                  "Wang^XiaoDong=王^小東=", 0);
    expect_decode("GBK", CS_PN, BYTES("\xcd\xf5^\xd0\xa1\x96\x7c"), "王^小東", 0);
    /* 0x5C and 0x5E as trail bytes belong to the character, they are no
     * delimiters: 乗 = 81 5C, 昞 = 95 5C. */
    expect_decode("GB18030", CS_PN, BYTES("\x81\x5c^\x95\x5c"), "乗^昞", 0);
    /* A four-byte GB18030 sequence (U+1F600), not valid in GBK. */
    expect_decode("GB18030", CS_TEXT, BYTES("\x94\x39\xfc\x36"), "😀", 0);
    expect_decode("GBK", CS_TEXT, BYTES("\x94\x39"),
                  "\xef\xbf\xbd"
                  "9",
                  1);
    /* A lead byte at the end, and 0x80/0xFF which are never lead bytes. */
    expect_decode("GB18030", CS_TEXT, BYTES("a\xcd"), "a\xef\xbf\xbd", 1);
    expect_decode("GB18030", CS_TEXT, BYTES("\x80\xff"), "\xef\xbf\xbd\xef\xbf\xbd", 2);
}
END_TEST

/* ---- ISO 2022 code extensions ---- */

/* PS3.5 H.3.1: Yamada^Tarou=山田^太郎=やまだ^たろう */
static const char annex_h1[] =
    "Yamada^Tarou="
    "\x1b$B\x3b\x33\x45\x44\x1b(B^\x1b$B\x42\x40\x4f\x3a\x1b(B="
    "\x1b$B\x24\x64\x24\x5e\x24\x40\x1b(B^\x1b$B\x24\x3f\x24\x6d\x24\x26\x1b(B";

/* PS3.5 H.3.2: ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう with value 1 ISO 2022 IR 13. */
static const char annex_h2[] =
    "\xd4\xcf\xc0\xde^\xc0\xdb\xb3="
    "\x1b$B\x3b\x33\x45\x44\x1b(J^\x1b$B\x42\x40\x4f\x3a\x1b(J="
    "\x1b$B\x24\x64\x24\x5e\x24\x40\x1b(J^\x1b$B\x24\x3f\x24\x6d\x24\x26\x1b(J";

/* PS3.5 I.2: Hong^Gildong=洪^吉洞=홍^길동 */
static const char annex_i2[] = "Hong^Gildong="
                               "\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7="
                               "\x1b$)C\xc8\xab^\x1b$)C\xb1\xe6\xb5\xbf";

/* PS3.5 Annex K style, ISO 2022 IR 58: Zhang^XiaoDong=张^小东= */
static const char annex_k_ir58[] = "Zhang^XiaoDong=\x1b$)A\xd5\xc5^\x1b$)A\xd0\xa1\xb6\xab=";

START_TEST(test_decode_japanese_annex_h)
{
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES(annex_h1),
                  "Yamada^Tarou=山田^太郎=やまだ^たろう", 0);
    expect_decode("ISO 2022 IR 13\\ISO 2022 IR 87", CS_PN, BYTES(annex_h2),
                  "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", 0);
    /* The old JIS C 6226-1978 designation ESC $ @ reads as JIS X 0208. */
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("\x1b$@\x3b\x33\x1b(B"), "山", 0);
}
END_TEST

START_TEST(test_decode_jis_x0212)
{
    /* 丂 is row 16 cell 1 of JIS X 0212 (EUC-JP 8F B0 A1). */
    expect_decode("ISO 2022 IR 6\\ISO 2022 IR 87\\ISO 2022 IR 159", CS_PN,
                  BYTES("A\x1b$(D\x30\x21\x1b$B\x3b\x33\x1b(B"), "A丂山", 0);
}
END_TEST

START_TEST(test_decode_korean_annex_i)
{
    expect_decode("\\ISO 2022 IR 149", CS_PN, BYTES(annex_i2), "Hong^Gildong=洪^吉洞=홍^길동", 0);
    /* I.3: one designation at the head of each line, Hangul and ASCII mixed. */
    expect_decode("\\ISO 2022 IR 149", CS_TEXT,
                  BYTES("\x1b$)CThe first line includes \xc7\xd1\xb1\xdb.\r\n"
                        "\x1b$)CThe second line includes \xc7\xd1\xb1\xdb, too.\r\n"
                        "The third line."),
                  "The first line includes 한글.\r\nThe second line includes 한글, too.\r\n"
                  "The third line.",
                  0);
}
END_TEST

START_TEST(test_decode_chinese_ir58)
{
    expect_decode("\\ISO 2022 IR 58", CS_PN, BYTES(annex_k_ir58), "Zhang^XiaoDong=张^小东=", 0);
}
END_TEST

START_TEST(test_decode_delimiters_reset_g1_by_kind)
{
    /* Value 1 puts Latin-1 in G1; ESC - L switches to Cyrillic. In a name
     * '^' returns to Latin-1, so 0xE9 is é; in LT '^' is just a character
     * and 0xE9 stays Cyrillic щ. */
    const char *scs = "ISO 2022 IR 100\\ISO 2022 IR 144";
    expect_decode(scs, CS_PN, BYTES("\x1b-L\xbb^\xe9"), "Л^é", 0);
    expect_decode(scs, CS_TEXT, BYTES("\x1b-L\xbb^\xe9"), "Л^щ", 0);
    /* '\' resets multi-valued strings but not text. */
    expect_decode(scs, CS_STRING, BYTES("\x1b-L\xbb\\\xe9"), "Л\\é", 0);
    expect_decode(scs, CS_TEXT, BYTES("\x1b-L\xbb\\\xe9"), "Л\\щ", 0);
    /* A line end resets text too. */
    expect_decode(scs, CS_TEXT, BYTES("\x1b-L\xbb\r\n\xe9"), "Л\r\né", 0);
}
END_TEST

START_TEST(test_decode_multibyte_g0_ignores_delimiter_bytes_in_pairs)
{
    /* In JIS X 0208, 0x5E and 0x3D inside a pair are character bytes: 24 5E
     * is ま, and a value that forgets ESC ( B before '^' keeps decoding
     * pairs. */
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("\x1b$B\x24\x5e\x24\x3d\x1b(B"), "まそ", 0);
    /* A space is a space in any G0 set. */
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("\x1b$B\x3b\x33 \x45\x44\x1b(B"), "山 田", 0);
}
END_TEST

START_TEST(test_decode_is_lenient_with_sloppy_headers)
{
    /* A Korean name that does not designate KS X 1001 again after '^':
     * with no G1 set in the initial state the last one stays. */
    expect_decode("\\ISO 2022 IR 149", CS_PN, BYTES("\x1b$)C\xfb\xf3^\xd1\xce\xd4\xd7"), "洪^吉洞",
                  0);
    /* An escape to a set that (0008,0005) does not list is honoured. */
    expect_decode("ISO 2022 IR 100", CS_PN, BYTES("\xe9^\x1b$B\x3b\x33\x1b(B"), "é^山", 0);
    /* A single-valued multi-byte term implies code extensions. */
    expect_decode("ISO 2022 IR 149", CS_PN, BYTES("\xc8\xab"), "홍", 0);
}
END_TEST

START_TEST(test_decode_bad_escapes)
{
    /* Truncated at the end, unknown final byte, unknown intermediate,
     * a lone ESC: one replacement each, decoding goes on. */
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("abc\x1b$"), "abc\xef\xbf\xbd", 1);
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("a\x1b(Zb"),
                  "a\xef\xbf\xbd"
                  "b",
                  1);
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("a\x1b%Gb"),
                  "a\xef\xbf\xbd"
                  "b",
                  1);
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("\x1b"), "\xef\xbf\xbd", 1);
    /* An escape cut by a control character: ESC $ then CR. */
    expect_decode("\\ISO 2022 IR 87", CS_TEXT, BYTES("\x1b$\rA"), "\xef\xbf\xbd\rA", 1);
    /* Without code extensions escape sequences are not honoured. */
    expect_decode("ISO_IR 100", CS_PN, BYTES("\x1b$B\x3b\x33"), "\xef\xbf\xbd;3", 1);
}
END_TEST

START_TEST(test_decode_bad_multibyte_bytes)
{
    /* Odd byte at the end of a JIS X 0208 run; a pair outside 0x21-0x7E;
     * an unassigned JIS X 0208 row (0x29). */
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("\x1b$B\x3b\x33\x45"), "山\xef\xbf\xbd", 1);
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("\x1b$B\x3b\x7f"), "\xef\xbf\xbd\xef\xbf\xbd",
                  2);
    expect_decode("\\ISO 2022 IR 87", CS_PN, BYTES("\x1b$B\x29\x21\x3b\x33"), "\xef\xbf\xbd山", 1);
    /* KS X 1001: a lead byte without trail, and 0xA1 0x41. */
    expect_decode("\\ISO 2022 IR 149", CS_PN, BYTES("\x1b$)C\xfb"), "\xef\xbf\xbd", 1);
    expect_decode("\\ISO 2022 IR 149", CS_PN, BYTES("\x1b$)C\xa1\x41"),
                  "\xef\xbf\xbd"
                  "A",
                  1);
}
END_TEST

/* ---- Encoding ---- */

START_TEST(test_encode_japanese_as_annex_h)
{
    expect_encode("\\ISO 2022 IR 87", CS_PN, "Yamada^Tarou=山田^太郎=やまだ^たろう",
                  BYTES(annex_h1));
    expect_encode("ISO 2022 IR 13\\ISO 2022 IR 87", CS_PN, "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",
                  BYTES(annex_h2));
}
END_TEST

START_TEST(test_encode_korean_and_chinese_as_annexes)
{
    expect_encode("\\ISO 2022 IR 149", CS_PN, "Hong^Gildong=洪^吉洞=홍^길동", BYTES(annex_i2));
    expect_encode("\\ISO 2022 IR 58", CS_PN, "Zhang^XiaoDong=张^小东=", BYTES(annex_k_ir58));
    expect_encode("GB18030", CS_PN,
                  "Wang^XiaoDong=王^小東=", BYTES("Wang^XiaoDong=\xcd\xf5^\xd0\xa1\x96\x7c="));
}
END_TEST

START_TEST(test_encode_single_byte_and_mixed)
{
    expect_encode("ISO_IR 100", CS_PN, "Buc^Jérôme", BYTES("Buc^J\xe9r\xf4me"));
    expect_encode("ISO_IR 144", CS_PN, "Люкceмбypг",
                  BYTES("\xbb\xee\xda\x63\x65\xdc\xd1\x79\x70\xd3"));
    /* Latin-1 is value 1; a Cyrillic name needs ESC - L, and after '^' the
     * decoder is back in Latin-1, so the encoder designates again. */
    expect_encode("ISO 2022 IR 100\\ISO 2022 IR 144", CS_PN, "Яна^Яна",
                  BYTES("\x1b-L\xcf\xdd\xd0^\x1b-L\xcf\xdd\xd0"));
    expect_encode("ISO 2022 IR 100\\ISO 2022 IR 144", CS_PN, "Jérôme Яна",
                  BYTES("J\xe9r\xf4me \x1b-L\xcf\xdd\xd0"));
}
END_TEST

START_TEST(test_encode_fails_on_unrepresentable)
{
    ck_assert_int_eq(encode_rc("", CS_PN, BYTES("Jérôme")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("ISO_IR 100", CS_PN, BYTES("山田")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("ISO_IR 144", CS_PN, BYTES("Jérôme")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("\\ISO 2022 IR 87", CS_PN, BYTES("홍")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("GBK", CS_TEXT, BYTES("😀")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("ISO_IR 13", CS_PN, BYTES("山")), DG_ECHARSET);
}
END_TEST

START_TEST(test_encode_rejects_invalid_utf8_and_controls)
{
    ck_assert_int_eq(encode_rc("ISO_IR 192", CS_TEXT, BYTES("a\xc3")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("ISO_IR 100", CS_TEXT, BYTES("\xed\xa0\x80")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("GB18030", CS_TEXT, BYTES("\xff")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("ISO_IR 100", CS_TEXT, BYTES("a\0b")), DG_ECHARSET);
    ck_assert_int_eq(encode_rc("ISO_IR 192", CS_TEXT,
                               BYTES("a\x1b"
                                     "b")),
                     DG_ECHARSET);
}
END_TEST

START_TEST(test_round_trips)
{
    expect_round_trip("ISO_IR 100", CS_PN, "Buc^Jérôme");
    expect_round_trip("ISO_IR 101", CS_PN, "Dvořák^Antonín");
    expect_round_trip("ISO_IR 109", CS_PN, "Ħal Far");
    expect_round_trip("ISO_IR 110", CS_PN, "Kārlis");
    expect_round_trip("ISO_IR 144", CS_PN, "Люкceмбypг");
    expect_round_trip("ISO_IR 127", CS_PN, "قباني^لنزار");
    expect_round_trip("ISO_IR 126", CS_PN, "Διονυσιος");
    expect_round_trip("ISO_IR 138", CS_PN, "שרון^דבורה");
    expect_round_trip("ISO_IR 148", CS_PN, "Çavuşoğlu");
    expect_round_trip("ISO_IR 166", CS_TEXT, "ภาษาไทย");
    expect_round_trip("ISO_IR 203", CS_TEXT, "€uro");
    expect_round_trip("ISO_IR 13", CS_PN, "ﾔﾏﾀﾞ^ﾀﾛｳ");
    expect_round_trip("ISO_IR 192", CS_PN, "Wang^XiaoDong=王^小东=😀");
    expect_round_trip("GB18030", CS_TEXT, "王小東😀 Ω");
    expect_round_trip("GBK", CS_PN, "王^小東");
    expect_round_trip("\\ISO 2022 IR 87", CS_PN, "Yamada^Tarou=山田^太郎=やまだ^たろう");
    expect_round_trip("ISO 2022 IR 13\\ISO 2022 IR 87", CS_PN, "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎");
    expect_round_trip("ISO 2022 IR 6\\ISO 2022 IR 87\\ISO 2022 IR 159", CS_PN, "A丂山^x");
    expect_round_trip("\\ISO 2022 IR 149", CS_PN, "Hong^Gildong=洪^吉洞=홍^길동");
    expect_round_trip("\\ISO 2022 IR 149", CS_TEXT, "한글 and ASCII\r\n한글");
    expect_round_trip("\\ISO 2022 IR 58", CS_PN, "Zhang^XiaoDong=张^小东=");
    expect_round_trip("ISO 2022 IR 100\\ISO 2022 IR 144\\ISO 2022 IR 126", CS_STRING,
                      "Jérôme\\Яна\\Διονυσιος");
}
END_TEST

START_TEST(test_names_match_across_sets)
{
    /* The same name stored in three sets decodes to the same UTF-8. */
    struct cs_spec a, b, c;
    struct buf x, y, z;
    parse("ISO_IR 144", &a);
    parse("ISO_IR 192", &b);
    parse("ISO 2022 IR 6\\ISO 2022 IR 144", &c);
    buf_init(&x, 256);
    buf_init(&y, 256);
    buf_init(&z, 256);
    ck_assert_int_eq(cs_to_utf8(cv, &a, CS_PN, BYTES("\xcf\xdd\xd0^\xbb"), &x, NULL), 0);
    ck_assert_int_eq(cs_to_utf8(cv, &b, CS_PN, BYTES("Яна^Л"), &y, NULL), 0);
    ck_assert_int_eq(cs_to_utf8(cv, &c, CS_PN, BYTES("\x1b-L\xcf\xdd\xd0^\x1b-L\xbb"), &z, NULL),
                     0);
    ck_assert_uint_eq(x.len, y.len);
    ck_assert_uint_eq(z.len, y.len);
    ck_assert_int_eq(memcmp(x.data, y.data, y.len), 0);
    ck_assert_int_eq(memcmp(z.data, y.data, y.len), 0);
    buf_free(&x);
    buf_free(&y);
    buf_free(&z);
}
END_TEST

START_TEST(test_output_cap_is_enforced)
{
    struct cs_spec spec;
    struct buf out;
    parse("ISO_IR 100", &spec);
    buf_init(&out, 8);
    ck_assert_int_eq(cs_to_utf8(cv, &spec, CS_PN, BYTES("\xe9\xe9\xe9\xe9\xe9"), &out, NULL),
                     DG_ETOOBIG);
    buf_free(&out);
    buf_init(&out, 4);
    ck_assert_int_eq(cs_from_utf8(cv, &spec, CS_PN, BYTES("abcde"), &out), DG_ETOOBIG);
    buf_free(&out);
}
END_TEST

START_TEST(test_long_value_crosses_run_buffer)
{
    /* 300 Cyrillic letters: longer than the internal run, still exact. */
    uint8_t in[300];
    char want[601];
    memset(in, 0xbb, sizeof in);
    for (size_t i = 0; i < 300; i++)
        memcpy(want + 2 * i, "Л", 2);
    want[600] = '\0';
    expect_decode("ISO_IR 144", CS_TEXT, in, sizeof in, want, 0);
}
END_TEST

START_TEST(test_long_unlabelled_utf8_crosses_run_buffer)
{
    /* 100 three-byte characters without a Specific Character Set: the
     * internal run fills at 256 bytes, which is not a character boundary. */
    uint8_t in[300];
    char want[301];
    for (size_t i = 0; i < 100; i++)
        memcpy(in + 3 * i, "\xe6\x97\xa5", 3); /* U+65E5 */
    memcpy(want, in, sizeof in);
    want[300] = '\0';
    expect_decode("", CS_TEXT, in, sizeof in, want, 0);
}
END_TEST

static void *thread_conv_of(void *arg)
{
    (void)arg;
    return cs_thread_conv();
}

START_TEST(test_thread_converter_is_per_thread)
{
    pthread_t t;
    void *other;
    struct cs_conv *mine = cs_thread_conv();
    ck_assert_ptr_nonnull(mine);
    ck_assert_ptr_eq(cs_thread_conv(), mine);
    ck_assert_int_eq(pthread_create(&t, NULL, thread_conv_of, NULL), 0);
    ck_assert_int_eq(pthread_join(t, &other), 0);
    ck_assert_ptr_nonnull(other);
    ck_assert_ptr_ne(other, mine);
}
END_TEST

/* Pseudo-random bytes under every spec: no crash, no over-read (ASan), and
 * the output is always valid UTF-8 (checked by decoding it as ISO_IR 192). */
START_TEST(test_random_bytes_decode_to_valid_utf8)
{
    const char *specs[] = {"",
                           "ISO_IR 100",
                           "ISO_IR 13",
                           "ISO_IR 192",
                           "GB18030",
                           "GBK",
                           "\\ISO 2022 IR 87",
                           "ISO 2022 IR 13\\ISO 2022 IR 87\\ISO 2022 IR 159",
                           "\\ISO 2022 IR 149",
                           "ISO 2022 IR 100\\ISO 2022 IR 58\\ISO 2022 IR 166"};
    const uint8_t alphabet[] = {0x1b, '$', '(',  ')',  '-',  'B',  'J',  'I',  'C',  'A',  'D',
                                '^',  '=', '\\', '\r', 0x21, 0x3b, 0x7e, 0x81, 0x30, 0xa1, 0xfe};
    uint32_t seed = 12345;
    struct cs_spec utf8;
    parse("ISO_IR 192", &utf8);
    for (size_t s = 0; s < sizeof specs / sizeof specs[0]; s++) {
        struct cs_spec spec;
        parse(specs[s], &spec);
        for (int round = 0; round < 300; round++) {
            uint8_t in[40];
            size_t len = (size_t)(round % 40);
            struct buf out, check;
            size_t nbad = 0;
            for (size_t i = 0; i < len; i++) {
                seed = seed * 1103515245u + 12345u;
                uint32_t r = seed >> 16;
                in[i] = r & 1 ? alphabet[(r >> 1) % sizeof alphabet] : (uint8_t)(r >> 3);
            }
            buf_init(&out, 1 << 12);
            buf_init(&check, 1 << 12);
            ck_assert_int_eq(cs_to_utf8(cv, &spec, (enum cs_kind)(round % 3), in, len, &out, NULL),
                             0);
            ck_assert_int_eq(cs_to_utf8(cv, &utf8, CS_TEXT, out.data, out.len, &check, &nbad), 0);
            /* U+FFFD and the kept controls are valid; nothing else changes. */
            ck_assert_uint_eq(nbad, 0);
            ck_assert_uint_eq(check.len, out.len);
            buf_free(&out);
            buf_free(&check);
        }
    }
}
END_TEST

static Suite *charset_suite(void)
{
    Suite *s = suite_create("charset");
    TCase *spec = tcase_create("spec");
    TCase *dec = tcase_create("decode");
    TCase *enc = tcase_create("encode");
    TCase *misc = tcase_create("misc");

    tcase_add_test(spec, test_spec_accepts_defined_terms_and_padding);
    tcase_add_test(spec, test_spec_rejects_unknown_and_misplaced_terms);
    tcase_add_test(spec, test_kind_for_vr);

    tcase_add_checked_fixture(dec, setup, teardown);
    tcase_add_test(dec, test_decode_single_byte_sets);
    tcase_add_test(dec, test_decode_jis_x0201_katakana);
    tcase_add_test(dec, test_decode_default_repertoire_falls_back);
    tcase_add_test(dec, test_decode_undefined_bytes_are_replaced);
    tcase_add_test(dec, test_decode_controls);
    tcase_add_test(dec, test_decode_utf8_valid_and_invalid);
    tcase_add_test(dec, test_decode_gb18030_and_gbk);
    tcase_add_test(dec, test_decode_japanese_annex_h);
    tcase_add_test(dec, test_decode_jis_x0212);
    tcase_add_test(dec, test_decode_korean_annex_i);
    tcase_add_test(dec, test_decode_chinese_ir58);
    tcase_add_test(dec, test_decode_delimiters_reset_g1_by_kind);
    tcase_add_test(dec, test_decode_multibyte_g0_ignores_delimiter_bytes_in_pairs);
    tcase_add_test(dec, test_decode_is_lenient_with_sloppy_headers);
    tcase_add_test(dec, test_decode_bad_escapes);
    tcase_add_test(dec, test_decode_bad_multibyte_bytes);

    tcase_add_checked_fixture(enc, setup, teardown);
    tcase_add_test(enc, test_encode_japanese_as_annex_h);
    tcase_add_test(enc, test_encode_korean_and_chinese_as_annexes);
    tcase_add_test(enc, test_encode_single_byte_and_mixed);
    tcase_add_test(enc, test_encode_fails_on_unrepresentable);
    tcase_add_test(enc, test_encode_rejects_invalid_utf8_and_controls);
    tcase_add_test(enc, test_round_trips);

    tcase_add_checked_fixture(misc, setup, teardown);
    tcase_add_test(misc, test_names_match_across_sets);
    tcase_add_test(misc, test_output_cap_is_enforced);
    tcase_add_test(misc, test_long_value_crosses_run_buffer);
    tcase_add_test(misc, test_long_unlabelled_utf8_crosses_run_buffer);
    tcase_add_test(misc, test_thread_converter_is_per_thread);
    tcase_add_test(misc, test_random_bytes_decode_to_valid_utf8);

    suite_add_tcase(s, spec);
    suite_add_tcase(s, dec);
    suite_add_tcase(s, enc);
    suite_add_tcase(s, misc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(charset_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
