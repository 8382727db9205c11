/* libFuzzer target for what a request's URL becomes before any handler
 * sees it, and QIDO-RS's reading of it: the first line is the raw path
 * (url_split: its segments, each percent-decoded alone), each further line
 * a raw query argument, name=value, percent-decoded (url_decode) and
 * applied to a C-FIND identifier (qido_arg) as a search would, stopping at
 * the first refusal. The identifier made must encode in Explicit VR LE
 * and read back to as many elements, and be written as DICOM JSON. */
#include "dicom/dataset.h"
#include "dicom/encoding.h"
#include "dicom/ts.h"
#include "util/buf.h"
#include "util/error.h"
#include "web/json.h"
#include "web/qido.h"
#include "web/urlpath.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_path(const char *url)
{
    struct url_path u = {0};
    size_t joined = 0;

    if (url_split(url, &u) == 0) {
        if (u.nseg > URL_MAX_SEGMENTS || strlen(u.path) > strlen(url) + 1)
            __builtin_trap();
        for (size_t i = 0; i < u.nseg; i++) {
            if (strchr(u.seg[i], '/') || strcmp(u.seg[i], ".") == 0 ||
                strcmp(u.seg[i], "..") == 0 ||
                strncmp(u.path + joined + 1, u.seg[i], strlen(u.seg[i])) != 0)
                __builtin_trap();
            joined += 1 + strlen(u.seg[i]);
        }
        if (u.nseg ? strlen(u.path) != joined : strcmp(u.path, "/") != 0)
            __builtin_trap();
    }
    url_path_free(&u);
}

static void check_identifier(const struct ds *id)
{
    struct buf enc, js;
    struct ds *back = ds_new();
    int rc;

    buf_init(&enc, 16u << 20);
    buf_init(&js, 64u << 20);
    if (!back)
        goto out;
    rc = enc_encode(id, ts_explicit_le(), &enc);
    if (rc == 0) {
        if (enc_decode(enc.data, enc.len, ts_explicit_le(), NULL, back, NULL) != 0 ||
            ds_count(back) != ds_count(id))
            __builtin_trap();
    } else if (rc != -ENOMEM && rc != DG_ETOOBIG && rc != DG_EUNSUPPORTED && rc != DG_EPARSE) {
        __builtin_trap();
    }
    rc = json_dataset(id, &(struct json_opts){0}, &js);
    if (rc != 0 && rc != -ENOMEM && rc != DG_ETOOBIG && rc != DG_ECHARSET)
        __builtin_trap();
out:
    ds_free(back);
    buf_free(&enc);
    buf_free(&js);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1), *line, *save = NULL;
    struct qido_search q = {0};
    struct ds *id = ds_new();
    int rc = 0;

    if (!text || !id)
        goto out;
    memcpy(text, data, size);
    text[size] = '\0'; /* libmicrohttpd hands out C strings */
    line = strtok_r(text, "\n", &save);
    if (!line)
        goto out;
    check_path(line);
    while (rc == 0 && (line = strtok_r(NULL, "\n", &save))) {
        char *eq = strchr(line, '='), *name, *value;
        size_t n = strlen(line);

        name = malloc(n + 1);
        value = malloc(n + 1);
        if (name && value && url_decode(line, eq ? (size_t)(eq - line) : n, name) == 0 &&
            url_decode(eq ? eq + 1 : "", eq ? strlen(eq + 1) : 0, value) == 0) {
            rc = qido_arg(&q, id, name, eq ? value : NULL);
            if (rc != 0 && rc != DG_EPARSE && rc != DG_EUID && rc != -ENOMEM)
                __builtin_trap();
            if ((rc == DG_EPARSE || rc == DG_EUID) && !q.why[0])
                __builtin_trap();
        }
        free(name);
        free(value);
    }
    if (rc == 0)
        check_identifier(id);
out:
    ds_free(id);
    free(text);
    return 0;
}
