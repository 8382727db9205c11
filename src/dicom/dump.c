/* dcmdump-like printing (in progress). */
#include "dicom/dump.h"

void dump_ds(FILE *out, const struct ds *ds, int depth)
{
    (void)out; (void)ds; (void)depth;
}

void dump_file(FILE *out, const struct p10_file *f)
{
    (void)out; (void)f;
}

int dump_main(const char *path)
{
    (void)path;
    return 1;
}
