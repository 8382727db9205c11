/* libFuzzer target for the Part-10 reader: any bytes read as a file must
 * parse or fail cleanly, and what parses must print. */
#include "dicom/dump.h"
#include "dicom/part10.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *devnull;
    struct enc_opts o = {16, 1 << 22, 0, 0, 0};
    struct p10_file f;

    if (!devnull)
        devnull = fopen("/dev/null", "w");
    if (p10_read_mem(data, size, &o, &f) != 0)
        return 0;
    if (devnull)
        dump_file(devnull, &f);
    p10_close(&f);
    return 0;
}
