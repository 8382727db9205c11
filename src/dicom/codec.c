/* Dataset decoding and encoding (in progress). */
#include "dicom/codec.h"
#include "util/error.h"

int codec_decode(const uint8_t *p, size_t len, const struct ts *ts, const struct codec_opts *opts,
                 struct ds *ds, size_t *consumed)
{
    (void)p; (void)len; (void)ts; (void)opts; (void)ds; (void)consumed;
    return DG_EUNSUPPORTED;
}

int codec_encode(const struct ds *ds, const struct ts *ts, struct buf *out)
{
    (void)ds; (void)ts; (void)out;
    return DG_EUNSUPPORTED;
}

int codec_set_group_lengths(struct ds *ds, int add)
{
    (void)ds; (void)add;
    return DG_EUNSUPPORTED;
}
