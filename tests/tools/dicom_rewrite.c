/* For shell tests: read a DICOM file with our reader and write it back with
 * our writer, in its own transfer syntax or the one given, so dcmtk can
 * compare the two. Usage: dicom_rewrite IN OUT [TRANSFER-SYNTAX-UID] */
#include "dicom/part10.h"
#include "util/error.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    struct p10_file f;
    char source_ae[17] = "";
    int rc;

    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: dicom_rewrite IN OUT [TRANSFER-SYNTAX-UID]\n");
        return 2;
    }
    rc = p10_read_file(argv[1], NULL, &f);
    if (rc) {
        fprintf(stderr, "dicom_rewrite: %s: %s\n", argv[1], dg_strerror(rc));
        return 1;
    }
    ds_get_string(f.meta, DICT_TAG(0x0002, 0x0016), source_ae, sizeof source_ae);
    rc = p10_write_file(argv[2], f.ds, argc == 4 ? argv[3] : f.ts_uid, source_ae);
    p10_close(&f);
    if (rc) {
        fprintf(stderr, "dicom_rewrite: %s: %s\n", argv[2], dg_strerror(rc));
        return 1;
    }
    return 0;
}
