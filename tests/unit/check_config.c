/* Unit tests for src/config: the dicom.ini parser, the resolved
 * configuration and the acrnema.map parser and lookup rules. */
#include "config/amap.h"
#include "config/config.h"
#include "config/keynames.h"
#include "config/ini.h"
#include "util/error.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct ini *parse_ini(const char *text)
{
    struct ini *ini = NULL;
    char err[256];
    int rc = ini_parse(text, strlen(text), &ini, err, sizeof err);
    ck_assert_msg(rc == 0, "ini_parse failed: %s", err);
    return ini;
}

START_TEST(test_ini_trims_trailing_spaces_and_tabs)
{
    struct ini *ini = parse_ini("[sscscp]\nMAGDevice0 = /x/data/ \t \nTCPPort\t=\t5679   \n");
    ck_assert_str_eq(ini_get(ini, "sscscp", "MAGDevice0"), "/x/data/");
    ck_assert_str_eq(ini_get(ini, "sscscp", "TCPPort"), "5679");
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_keys_and_sections_are_case_insensitive)
{
    struct ini *ini = parse_ini("[SSCSCP]\nmyacrnema = ABC\n");
    ck_assert_str_eq(ini_get(ini, "sscscp", "MyACRNema"), "ABC");
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_removes_one_layer_of_quotes)
{
    struct ini *ini =
        parse_ini("[s]\na = \"ABC\"\nb = 'x y'\nc = \"\"q\"\"\nd = \"unbalanced\ne = \"x'\n");
    ck_assert_str_eq(ini_get(ini, "s", "a"), "ABC");
    ck_assert_str_eq(ini_get(ini, "s", "b"), "x y");
    ck_assert_str_eq(ini_get(ini, "s", "c"), "\"q\"");
    ck_assert_str_eq(ini_get(ini, "s", "d"), "\"unbalanced");
    ck_assert_str_eq(ini_get(ini, "s", "e"), "\"x'");
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_accepts_crlf)
{
    struct ini *ini = parse_ini("[sscscp]\r\nTCPPort = 5678\r\nMyACRNema = X \r\n");
    ck_assert_str_eq(ini_get(ini, "sscscp", "TCPPort"), "5678");
    ck_assert_str_eq(ini_get(ini, "sscscp", "MyACRNema"), "X");
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_comments_start_with_semicolon_or_space)
{
    struct ini *ini = parse_ini("[s]\n; a = 1\n b = 2\n# c = 3\nd = 4 ; not a comment\n");
    ck_assert_ptr_null(ini_get(ini, "s", "a"));
    ck_assert_ptr_null(ini_get(ini, "s", "b"));
    /* Conquest has no inline comments: the text after the value stays. */
    ck_assert_str_eq(ini_get(ini, "s", "d"), "4 ; not a comment");
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_first_duplicate_key_wins)
{
    struct ini *ini = parse_ini("[s]\nk = first\nK = second\n[t]\nk = other\n[s]\nk = third\n");
    ck_assert_str_eq(ini_get(ini, "s", "k"), "first");
    ck_assert_str_eq(ini_get(ini, "t", "k"), "other");
    ck_assert_uint_eq(ini_key_count(ini, "s"), 3);
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_empty_value_is_empty_not_absent)
{
    struct ini *ini = parse_ini("[s]\nk =   \n");
    ck_assert_str_eq(ini_get(ini, "s", "k"), "");
    ck_assert_ptr_null(ini_get(ini, "s", "missing"));
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_value_keeps_later_equals_signs)
{
    struct ini *ini = parse_ini("[s]\nk = a=b\n");
    ck_assert_str_eq(ini_get(ini, "s", "k"), "a=b");
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_empty_file_has_no_keys)
{
    struct ini *ini = parse_ini("");
    ck_assert_ptr_null(ini_get(ini, "sscscp", "TCPPort"));
    ck_assert_uint_eq(ini_key_count(ini, "sscscp"), 0);
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_rejects_overlong_line_naming_it)
{
    size_t n = INI_MAX_LINE + 100;
    char *text = malloc(n + 32);
    struct ini *ini = NULL;
    char err[256];

    strcpy(text, "[s]\nk = ");
    memset(text + 8, 'x', n);
    text[8 + n] = '\0';
    ck_assert_int_eq(ini_parse(text, strlen(text), &ini, err, sizeof err), DG_EPARSE);
    ck_assert_ptr_nonnull(strstr(err, "line 2"));
    free(text);
}
END_TEST

START_TEST(test_ini_strips_utf8_bom)
{
    struct ini *ini = parse_ini("\xEF\xBB\xBF[sscscp]\nk = v\n");
    ck_assert_str_eq(ini_get(ini, "sscscp", "k"), "v");
    ini_free(ini);
}
END_TEST

START_TEST(test_ini_missing_file_is_an_errno)
{
    struct ini *ini = NULL;
    char err[256];
    ck_assert_int_lt(ini_load("/nonexistent/dicom.ini", &ini, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr(err, "/nonexistent/dicom.ini"));
}
END_TEST

/* Write `text` as dicom.ini into a fresh temporary directory. */
static char tmpdir[64];
static void write_ini(const char *text, char *path, size_t n)
{
    strcpy(tmpdir, "/tmp/check_config_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
    snprintf(path, n, "%s/dicom.ini", tmpdir);
    FILE *fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
}

/* write_ini, then config_load with its report into out. */
static int load_reporting(const char *text, struct config *cfg, char *out, size_t outlen, char *err,
                          size_t errlen)
{
    char path[256];
    FILE *fp;
    int rc;

    write_ini(text, path, sizeof path);
    fp = fmemopen(out, outlen, "w");
    ck_assert_ptr_nonnull(fp);
    rc = config_load(path, cfg, fp, err, errlen);
    fclose(fp);
    return rc;
}

static void remove_tmp(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    ck_assert_int_eq(system(cmd), 0);
}

START_TEST(test_config_defaults_for_absent_keys)
{
    struct config cfg;
    char path[256], err[512];

    write_ini("[sscscp]\nMicroPACS = sscscp\nMAGDevice0 = data\n", path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    ck_assert_int_eq(cfg.tcp_port, 104);
    ck_assert_str_eq(cfg.my_ae, "none");
    ck_assert_int_eq(cfg.tcpip_timeout, 300);
    ck_assert_str_eq(cfg.file_name_syntax, "4");
    ck_assert_int_eq(cfg.truncate_field_names, 10);
    ck_assert_int_ge(cfg.max_pdu, 16384);
    remove_tmp();
}
END_TEST

START_TEST(test_config_resolves_relative_paths_against_ini_dir)
{
    struct config cfg;
    char path[256], err[512], want[512];

    write_ini("[sscscp]\nMicroPACS = sscscp\nMAGDevice0 = data \nSQLite = 1\n"
              "SQLServer = data/dbase/conquest.db3\t\nACRNemaMap = /etc/x.map\n",
              path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    snprintf(want, sizeof want, "%s/data/", tmpdir);
    ck_assert_str_eq(cfg.mag[0], want);
    snprintf(want, sizeof want, "%s/data/dbase/conquest.db3", tmpdir);
    ck_assert_str_eq(cfg.sql_server, want);
    snprintf(want, sizeof want, "%s/dicom.sql", tmpdir);
    ck_assert_str_eq(cfg.kfactor_file, want);
    ck_assert_str_eq(cfg.acrnema_map, "/etc/x.map");
    remove_tmp();
}
END_TEST

START_TEST(test_config_mag_device_gets_trailing_slash_once)
{
    struct config cfg;
    char path[256], err[512];

    write_ini("[sscscp]\nMicroPACS = sscscp\nMAGDevices = 2\nMAGDevice0 = /srv/a/ \n"
              "MAGDevice1 = /srv/b\n",
              path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    ck_assert_str_eq(cfg.mag[0], "/srv/a/");
    ck_assert_str_eq(cfg.mag[1], "/srv/b/");
    remove_tmp();
}
END_TEST

START_TEST(test_config_section_named_by_micropacs)
{
    struct config cfg;
    char path[256], err[512];

    write_ini("[sscscp]\nMicroPACS = other\nTCPPort = 1\n[other]\nTCPPort = 2222\n"
              "MAGDevice0 = /d\n",
              path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    ck_assert_int_eq(cfg.tcp_port, 2222);
    remove_tmp();
}
END_TEST

START_TEST(test_config_missing_micropacs_is_an_error)
{
    struct config cfg;
    char path[256], err[512];

    write_ini("[sscscp]\nTCPPort = 5678\n", path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), DG_ECONFIG);
    ck_assert_ptr_nonnull(strstr(err, "MicroPACS entry in"));
    remove_tmp();
}
END_TEST

START_TEST(test_config_number_with_trailing_comment_is_read_as_atoi)
{
    struct config cfg;
    char path[256], err[512];

    write_ini("[sscscp]\nMicroPACS = sscscp\nTCPPort = 5679 ; c\nMAGDevice0 = /d\n", path,
              sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    ck_assert_int_eq(cfg.tcp_port, 5679);
    remove_tmp();
}
END_TEST

/* Deeper nesting than the decoder handles on a thread stack is refused at
 * start-up, not found out by a crash. */
START_TEST(test_config_nesting_depth_is_bounded)
{
    struct config cfg;
    char path[256], err[512];

    write_ini("[sscscp]\nMicroPACS = sscscp\nMaxNestingDepth = 1000\nMAGDevice0 = /d\n", path,
              sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    ck_assert_int_eq(cfg.max_nesting_depth, 1000);
    remove_tmp();
    write_ini("[sscscp]\nMicroPACS = sscscp\nMaxNestingDepth = 1001\nMAGDevice0 = /d\n", path,
              sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), DG_ECONFIG);
    ck_assert_ptr_nonnull(strstr(err, "MaxNestingDepth"));
    remove_tmp();
}
END_TEST

START_TEST(test_config_rejects_port_that_is_not_a_number)
{
    struct config cfg;
    char path[256], err[512];

    write_ini("[sscscp]\nMicroPACS = sscscp\nTCPPort = http\nMAGDevice0 = /d\n", path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), DG_ECONFIG);
    ck_assert_ptr_nonnull(strstr(err, "TCPPort"));
    remove_tmp();
}
END_TEST

/* Every text of the NULL-terminated list is in `text`. */
static void assert_all_in(const char *text, const char *const *want)
{
    for (; *want; want++)
        ck_assert_msg(strstr(text, *want) != NULL, "not said: %s (in: %s)", *want, text);
}

/* A key Conquest reads but we do not is "not implemented by this dgate" (a
 * numbered one too); a key nobody reads is "unknown". */
START_TEST(test_config_reports_unimplemented_keys_once_by_name)
{
    static const char *const reported[] = {
        "PACSName is not implemented by this dgate",
        "ImportConverter3 is not implemented by this dgate",
        "SiteColour: unknown key (neither this dgate nor Conquest", NULL};
    struct config cfg;
    char err[512], out[2048] = "";

    ck_assert_int_eq(load_reporting("[sscscp]\nMicroPACS = sscscp\nZipTime = 05:\n"
                                    "ziptime = 06:\nMAGDevice0 = /d\nDoubleBackSlashToDB = 1\n"
                                    "IncomingCompression = un\nPACSName = X\n"
                                    "ImportConverter3 = y\nSiteColour = blue\n"
                                    "[lua]\nassociation = x\n",
                                    &cfg, out, sizeof out, err, sizeof err),
                     0);
    assert_all_in(out, reported);
    ck_assert_ptr_nonnull(strstr(out, "ZipTime is not implemented"));
    int mentions = 0;
    for (const char *p = out; (p = strcasestr(p, "ziptime")) != NULL; p++)
        mentions++;
    ck_assert_int_eq(mentions, 1);
    ck_assert_ptr_nonnull(strstr(out, "DoubleBackSlashToDB has no effect"));
    ck_assert_ptr_nonnull(strstr(out, "section [lua]"));
    ck_assert_ptr_null(strstr(out, "IncomingCompression")); /* implemented */
    ck_assert_ptr_null(strstr(out, "TCPPort"));
    remove_tmp();
}
END_TEST

/* A misspelt key is refused, naming the key meant: case-insensitive,
 * transpositions are one edit, a numbered key keeps its number, and every
 * misspelt key is named. */
START_TEST(test_config_misspelt_key_is_refused_naming_the_key_meant)
{
    static const char *const typos[] = {"TCPPrt: unknown key; did you mean TCPPort?",
                                        "magdevise1: unknown key; did you mean MAGDevice1?",
                                        "SQLSevrer: unknown key; did you mean SQLServer?", NULL};
    struct config cfg;
    char path[256], err[1024];

    write_ini("[sscscp]\nMicroPACS = sscscp\nTCPPrt = 5691\nmagdevise1 = /e\nSQLSevrer = x\n"
              "ImportConvertr2 = y\nMAGDevice0 = /d\n",
              path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), DG_ECONFIG);
    assert_all_in(err, typos);
    ck_assert_ptr_null(strstr(err, "ImportConvertr2"));
    remove_tmp();
}
END_TEST

/* A misspelling of a key that this dgate does not implement either only
 * warns, naming the key meant; the spellings of Conquest's own dicom.ini
 * files (MAGDeviceThreshhold, NightlyCleanThreshhold, the Mail keys) are
 * known keys: a site's file starts unchanged. */
START_TEST(test_config_misspelt_unimplemented_key_warns)
{
    struct config cfg;
    char err[512], out[4096] = "";

    ck_assert_int_eq(load_reporting("[sscscp]\nMicroPACS = sscscp\nMAGDevice0 = /d\n"
                                    "ImportConvertr2 = y\nMAGDeviceThreshhold = 0\n"
                                    "MAGDeviceFullThreshHold = 30\nNightlyCleanThreshhold = 0\n"
                                    "WorkListReturnsISO_IR_100 = 1\nMailRcptName1 =\n",
                                    &cfg, out, sizeof out, err, sizeof err),
                     0);
    assert_all_in(
        out, (const char *const[]){"ImportConvertr2: unknown key; did you mean ImportConverter2?",
                                   "MAGDeviceThreshhold is not implemented by this dgate",
                                   "NightlyCleanThreshhold is not implemented by this dgate",
                                   "MailRcptName1 is not implemented by this dgate", NULL});
    ck_assert_ptr_null(strstr(out, "unknown key; did you mean MAGDevice"));
    remove_tmp();
}
END_TEST

START_TEST(test_keynames_distance_and_families)
{
    ck_assert_uint_eq(keynames_distance("TCPPrt", "TCPPort"), 1);
    ck_assert_uint_eq(keynames_distance("tcpport", "TCPPort"), 0);
    ck_assert_uint_eq(keynames_distance("TCPPotr", "TCPPort"), 1);
    ck_assert_uint_eq(keynames_distance("", "abc"), 3);
    ck_assert(keynames_match("magdevice12", "MAGDevice#"));
    ck_assert(!keynames_match("MAGDevice", "MAGDevice#"));
    ck_assert(!keynames_match("MAGDevice1x", "MAGDevice#"));
    ck_assert(keynames_conquest_knows("ZipTime"));
    ck_assert(keynames_conquest_knows("virtualserverfor3"));
    ck_assert(!keynames_conquest_knows("TCPPrt"));

    struct keynames_nearest near;
    keynames_nearest_init(&near);
    keynames_offer(&near, "MAGDevic", "MAGDevice#");
    ck_assert_str_eq(near.name, "MAGDevice0");
    ck_assert_uint_eq(near.distance, 2);
    /* Short names tolerate one edit, not two. */
    keynames_nearest_init(&near);
    keynames_offer(&near, "Fo", "Foo");
    ck_assert(keynames_is_typo(&near, "Fo"));
    keynames_nearest_init(&near);
    keynames_offer(&near, "Fxx", "Foo");
    ck_assert(!keynames_is_typo(&near, "Fxx"));
}
END_TEST

/* UserLog is read as Conquest reads it (relative to the directory of
 * dicom.ini) and no longer reported; without it PacsUser.log goes beside
 * PacsTrouble.log. */
START_TEST(test_config_user_log_resolved_and_defaults_beside_trouble_log)
{
    struct config cfg;
    char path[256], err[512], want[512], out[2048] = "";

    write_ini("[sscscp]\nMicroPACS = sscscp\nMAGDevice0 = /d\n", path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    snprintf(want, sizeof want, "%s/PacsTrouble.log", tmpdir);
    ck_assert_str_eq(cfg.trouble_log, want);
    snprintf(want, sizeof want, "%s/PacsUser.log", tmpdir);
    ck_assert_str_eq(cfg.user_log, want);
    remove_tmp();

    write_ini("[sscscp]\nMicroPACS = sscscp\nMAGDevice0 = /d\n"
              "TroubleLog = /var/log/x/PacsTrouble.log\n",
              path, sizeof path);
    ck_assert_int_eq(config_load(path, &cfg, NULL, err, sizeof err), 0);
    ck_assert_str_eq(cfg.user_log, "/var/log/x/PacsUser.log");
    remove_tmp();

    ck_assert_int_eq(load_reporting("[sscscp]\nMicroPACS = sscscp\nMAGDevice0 = /d\n"
                                    "TroubleLog = /var/log/x/PacsTrouble.log\n"
                                    "UserLog = logs/user.log\n",
                                    &cfg, out, sizeof out, err, sizeof err),
                     0);
    snprintf(want, sizeof want, "%s/logs/user.log", tmpdir);
    ck_assert_str_eq(cfg.user_log, want);
    ck_assert_ptr_null(strstr(out, "UserLog"));
    remove_tmp();
}
END_TEST

START_TEST(test_config_find_ini_names_every_path_tried)
{
    struct config_search s = {NULL, "/nonexistent/cwd", "/nonexistent/bin", "/nonexistent/etc"};
    char out[256], err[1024];
    const char *where = NULL;

    ck_assert_int_eq(config_find_ini(&s, out, sizeof out, &where, err, sizeof err), DG_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(err, "Configuration file dicom.ini not found, but required."));
    ck_assert_ptr_nonnull(strstr(err, "the current directory (/nonexistent/cwd/dicom.ini)"));
    ck_assert_ptr_nonnull(strstr(err, "beside dgate (/nonexistent/bin/dicom.ini)"));
    ck_assert_ptr_nonnull(
        strstr(err, "the installed configuration directory (/nonexistent/etc/dicom.ini)"));
    ck_assert_ptr_nonnull(strstr(err, "-w DIR"));
}
END_TEST

/* Conquest's words for -w: a directory that is not there, and one without
 * dicom.ini; -w never falls back to another place. */
START_TEST(test_config_find_ini_w_is_the_only_place)
{
    char path[256], out[256], err[1024];
    const char *where = NULL;

    write_ini("[sscscp]\n", path, sizeof path);
    struct config_search missing = {"/nonexistent/conf", tmpdir, tmpdir, tmpdir};
    ck_assert_int_eq(config_find_ini(&missing, out, sizeof out, &where, err, sizeof err),
                     DG_ENOTFOUND);
    ck_assert_str_eq(err, "Directory /nonexistent/conf does not exist.");
    struct config_search empty = {"/", tmpdir, tmpdir, tmpdir};
    ck_assert_int_eq(config_find_ini(&empty, out, sizeof out, &where, err, sizeof err),
                     DG_ENOTFOUND);
    ck_assert_str_eq(err, "Configuration file /dicom.ini not found, but required.");
    remove_tmp();
}
END_TEST

/* -w, else the current directory, else beside the binary, else the
 * installed directory: each place wins over the ones after it. */
START_TEST(test_config_find_ini_search_order)
{
    char path[256], out[256], err[1024];
    const char *where = NULL;

    write_ini("[sscscp]\n", path, sizeof path);
    struct config_search w_dir = {tmpdir, "/nonexistent", "/nonexistent", NULL};
    ck_assert_int_eq(config_find_ini(&w_dir, out, sizeof out, &where, err, sizeof err), 0);
    ck_assert_str_eq(out, path);
    ck_assert_str_eq(where, "-w");
    struct config_search w_file = {path, NULL, NULL, NULL};
    ck_assert_int_eq(config_find_ini(&w_file, out, sizeof out, &where, err, sizeof err), 0);
    ck_assert_str_eq(out, path);

    const char *places[] = {"the current directory", "beside dgate",
                            "the installed configuration directory"};
    for (int found = 0; found < 3; found++) {
        const char *d[3];
        for (int i = 0; i < 3; i++)
            d[i] = i < found ? "/nonexistent" : tmpdir;
        struct config_search s = {NULL, d[0], d[1], d[2]};
        where = NULL;
        ck_assert_int_eq(config_find_ini(&s, out, sizeof out, &where, err, sizeof err), 0);
        ck_assert_str_eq(out, path);
        ck_assert_str_eq(where, places[found]);
    }
    remove_tmp();
}
END_TEST

static struct amap *parse_map(const char *text)
{
    struct amap *map = NULL;
    char err[256];
    int rc = amap_parse(text, strlen(text), &map, err, sizeof err);
    ck_assert_msg(rc == 0, "amap_parse failed: %s", err);
    return map;
}

START_TEST(test_amap_three_columns_default_to_un)
{
    struct amap *map = parse_map("RECEIVER 127.0.0.1 11112\n");
    ck_assert_uint_eq(amap_count(map), 1);
    ck_assert_str_eq(amap_at(map, 0)->compression, "un");
    ck_assert_str_eq(amap_at(map, 0)->port, "11112");
    amap_free(map);
}
END_TEST

START_TEST(test_amap_comments_of_every_kind)
{
    struct amap *map = parse_map("/* header\n spanning lines AE 1.2.3.4 5 */\n"
                                 "A 127.0.0.1 1 j2 // trailing comment\n"
                                 "# whole line\n"
                                 "B 127.0.0.1 2 # trailing\n"
                                 "// C 127.0.0.1 3\n"
                                 "D\t\t127.0.0.1\t\t4\t\tjk extra columns ignored\r\n");
    ck_assert_uint_eq(amap_count(map), 3);
    ck_assert_str_eq(amap_at(map, 0)->ae, "A");
    ck_assert_str_eq(amap_at(map, 0)->compression, "j2");
    ck_assert_str_eq(amap_at(map, 1)->ae, "B");
    ck_assert_str_eq(amap_at(map, 2)->ae, "D");
    ck_assert_str_eq(amap_at(map, 2)->compression, "jk");
    amap_free(map);
}
END_TEST

START_TEST(test_amap_rejects_incomplete_line_naming_it)
{
    struct amap *map = NULL;
    char err[256];
    const char *text = "A 127.0.0.1 1\nB 127.0.0.1\n";
    ck_assert_int_eq(amap_parse(text, strlen(text), &map, err, sizeof err), DG_EPARSE);
    ck_assert_ptr_nonnull(strstr(err, "line 2"));
}
END_TEST

START_TEST(test_amap_rejects_ae_longer_than_16)
{
    struct amap *map = NULL;
    char err[256];
    const char *text = "ABCDEFGHIJKLMNOPQ 127.0.0.1 1\n";
    ck_assert_int_eq(amap_parse(text, strlen(text), &map, err, sizeof err), DG_EPARSE);
}
END_TEST

START_TEST(test_amap_wildcard_substitutes_host)
{
    struct amap *map = parse_map("V* * 1234 un\n");
    struct amap_entry e;
    ck_assert_int_eq(amap_lookup(map, "V127.0.0.1", &e), 0);
    ck_assert_str_eq(e.host, "127.0.0.1");
    ck_assert_str_eq(e.port, "1234");
    amap_free(map);
}
END_TEST

START_TEST(test_amap_wildcard_substitutes_port_and_host_prefix)
{
    struct amap *map = parse_map("P* 10.0.0.* 10* un\n");
    struct amap_entry e;
    ck_assert_int_eq(amap_lookup(map, "p42", &e), 0); /* prefix is case-insensitive */
    ck_assert_str_eq(e.host, "10.0.0.42");
    ck_assert_str_eq(e.port, "1042");
    amap_free(map);
}
END_TEST

START_TEST(test_amap_exact_case_sensitive_before_case_insensitive)
{
    struct amap *map = parse_map("receiver 127.0.0.1 1\nRECEIVER 127.0.0.1 2\n");
    struct amap_entry e;
    ck_assert_int_eq(amap_lookup(map, "RECEIVER", &e), 0);
    ck_assert_str_eq(e.port, "2");
    ck_assert_int_eq(amap_lookup(map, "receiver", &e), 0);
    ck_assert_str_eq(e.port, "1");
    ck_assert_int_eq(amap_lookup(map, "Receiver", &e), 0);
    ck_assert_str_eq(e.port, "1"); /* case-insensitive pass: first in file order */
    amap_free(map);
}
END_TEST

START_TEST(test_amap_case_insensitive_fallback)
{
    struct amap *map = parse_map("RECEIVER 127.0.0.1 11112 un\n");
    struct amap_entry e;
    ck_assert_int_eq(amap_lookup(map, "receiver", &e), 0);
    ck_assert_str_eq(e.ae, "RECEIVER");
    amap_free(map);
}
END_TEST

START_TEST(test_amap_first_of_duplicates_wins)
{
    struct amap *map = parse_map("A 127.0.0.1 1\nA 127.0.0.1 2\n");
    struct amap_entry e;
    ck_assert_int_eq(amap_lookup(map, "A", &e), 0);
    ck_assert_str_eq(e.port, "1");
    amap_free(map);
}
END_TEST

START_TEST(test_amap_wildcard_above_exact_wins_in_file_order)
{
    struct amap *map = parse_map("S* * 5678 un\nSTORESCP 127.0.0.1 104 un\n");
    struct amap_entry e;
    /* Conquest's trap: the wildcard comes first, so STORESCP goes to host TORESCP. */
    ck_assert_int_eq(amap_lookup(map, "STORESCP", &e), 0);
    ck_assert_str_eq(e.host, "TORESCP");
    amap_free(map);
}
END_TEST

START_TEST(test_amap_trailing_spaces_of_requested_ae_ignored)
{
    struct amap *map = parse_map("MITO_CLIENT 127.0.0.1 5000 un\n");
    struct amap_entry e;
    ck_assert_int_eq(amap_lookup(map, "MITO_CLIENT     ", &e), 0);
    ck_assert_int_eq(amap_lookup(map, "", &e), DG_ENOTFOUND);
    ck_assert_int_eq(amap_lookup(map, "   ", &e), DG_ENOTFOUND);
    ck_assert_int_eq(amap_lookup(map, "XYZ", &e), DG_ENOTFOUND);
    amap_free(map);
}
END_TEST

START_TEST(test_amap_unterminated_block_comment_swallows_rest)
{
    struct amap *map = parse_map("A 127.0.0.1 1\n/* never closed\nB 127.0.0.1 2\n");
    ck_assert_uint_eq(amap_count(map), 1);
    amap_free(map);
}
END_TEST

static Suite *config_suite(void)
{
    Suite *s = suite_create("config");
    TCase *ini = tcase_create("ini");
    TCase *cfg = tcase_create("config");
    TCase *map = tcase_create("amap");

    tcase_add_test(ini, test_ini_trims_trailing_spaces_and_tabs);
    tcase_add_test(ini, test_ini_keys_and_sections_are_case_insensitive);
    tcase_add_test(ini, test_ini_removes_one_layer_of_quotes);
    tcase_add_test(ini, test_ini_accepts_crlf);
    tcase_add_test(ini, test_ini_comments_start_with_semicolon_or_space);
    tcase_add_test(ini, test_ini_first_duplicate_key_wins);
    tcase_add_test(ini, test_ini_empty_value_is_empty_not_absent);
    tcase_add_test(ini, test_ini_value_keeps_later_equals_signs);
    tcase_add_test(ini, test_ini_empty_file_has_no_keys);
    tcase_add_test(ini, test_ini_rejects_overlong_line_naming_it);
    tcase_add_test(ini, test_ini_strips_utf8_bom);
    tcase_add_test(ini, test_ini_missing_file_is_an_errno);
    tcase_add_test(cfg, test_config_defaults_for_absent_keys);
    tcase_add_test(cfg, test_config_resolves_relative_paths_against_ini_dir);
    tcase_add_test(cfg, test_config_mag_device_gets_trailing_slash_once);
    tcase_add_test(cfg, test_config_section_named_by_micropacs);
    tcase_add_test(cfg, test_config_missing_micropacs_is_an_error);
    tcase_add_test(cfg, test_config_number_with_trailing_comment_is_read_as_atoi);
    tcase_add_test(cfg, test_config_rejects_port_that_is_not_a_number);
    tcase_add_test(cfg, test_config_nesting_depth_is_bounded);
    tcase_add_test(cfg, test_config_reports_unimplemented_keys_once_by_name);
    tcase_add_test(cfg, test_config_misspelt_key_is_refused_naming_the_key_meant);
    tcase_add_test(cfg, test_config_misspelt_unimplemented_key_warns);
    tcase_add_test(cfg, test_keynames_distance_and_families);
    tcase_add_test(cfg, test_config_user_log_resolved_and_defaults_beside_trouble_log);
    tcase_add_test(cfg, test_config_find_ini_names_every_path_tried);
    tcase_add_test(cfg, test_config_find_ini_w_is_the_only_place);
    tcase_add_test(cfg, test_config_find_ini_search_order);
    tcase_add_test(map, test_amap_three_columns_default_to_un);
    tcase_add_test(map, test_amap_comments_of_every_kind);
    tcase_add_test(map, test_amap_rejects_incomplete_line_naming_it);
    tcase_add_test(map, test_amap_rejects_ae_longer_than_16);
    tcase_add_test(map, test_amap_wildcard_substitutes_host);
    tcase_add_test(map, test_amap_wildcard_substitutes_port_and_host_prefix);
    tcase_add_test(map, test_amap_exact_case_sensitive_before_case_insensitive);
    tcase_add_test(map, test_amap_case_insensitive_fallback);
    tcase_add_test(map, test_amap_first_of_duplicates_wins);
    tcase_add_test(map, test_amap_wildcard_above_exact_wins_in_file_order);
    tcase_add_test(map, test_amap_trailing_spaces_of_requested_ae_ignored);
    tcase_add_test(map, test_amap_unterminated_block_comment_swallows_rest);
    suite_add_tcase(s, ini);
    suite_add_tcase(s, cfg);
    suite_add_tcase(s, map);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(config_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
