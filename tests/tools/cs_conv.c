/* A test helper, not installed: converts standard input between a Specific
 * Character Set and UTF-8 with src/dicom/charset, so shell tests can compare
 * our conversion with another implementation's (dcmtk's dcmconv).
 *   cs_conv decode|encode 'SPECIFIC CHARACTER SET' VR < in > out
 * Exit 0 on success (decode: replacement count on stderr), 1 on error. */
#include "dicom/charset.h"
#include "util/error.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define MAX_INPUT (1u << 20)

int main(int argc, char **argv)
{
    static uint8_t in[MAX_INPUT];
    struct cs_spec spec;
    struct cs_conv *cv = NULL;
    struct buf out;
    size_t len, nbad = 0;
    int rc;

    if (argc != 4 || (strcmp(argv[1], "decode") != 0 && strcmp(argv[1], "encode") != 0)) {
        fprintf(stderr, "usage: cs_conv decode|encode SPECIFIC_CHARACTER_SET VR < in > out\n");
        return 1;
    }
    len = fread(in, 1, sizeof in, stdin);
    if (!feof(stdin)) {
        fprintf(stderr, "cs_conv: input longer than %u bytes\n", MAX_INPUT);
        return 1;
    }
    rc = cs_spec_parse((const uint8_t *)argv[2], strlen(argv[2]), &spec);
    if (rc == 0)
        rc = cs_conv_new(&cv);
    buf_init(&out, 4 * MAX_INPUT);
    if (rc == 0 && strcmp(argv[1], "decode") == 0)
        rc = cs_to_utf8(cv, &spec, cs_kind_for_vr(argv[3]), in, len, &out, &nbad);
    else if (rc == 0)
        rc = cs_from_utf8(cv, &spec, cs_kind_for_vr(argv[3]), in, len, &out);
    if (rc == 0 && fwrite(out.data, 1, out.len, stdout) != out.len)
        rc = -EIO;
    buf_free(&out);
    cs_conv_free(cv);
    if (rc) {
        fprintf(stderr, "cs_conv: %s\n", dg_strerror(rc));
        return 1;
    }
    if (strcmp(argv[1], "decode") == 0)
        fprintf(stderr, "%zu replaced\n", nbad);
    return 0;
}
