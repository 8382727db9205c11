/* Part-10 files (in progress). */
#include "dicom/part10.h"
#include "util/error.h"

int p10_read_file(const char *path, const struct codec_opts *opts, struct p10_file *f)
{
    (void)path; (void)opts; (void)f;
    return DG_EUNSUPPORTED;
}

int p10_read_header(const char *path, const struct codec_opts *opts, struct p10_file *f)
{
    (void)path; (void)opts; (void)f;
    return DG_EUNSUPPORTED;
}

int p10_read_mem(const uint8_t *p, size_t len, const struct codec_opts *opts, struct p10_file *f)
{
    (void)p; (void)len; (void)opts; (void)f;
    return DG_EUNSUPPORTED;
}

void p10_close(struct p10_file *f)
{
    (void)f;
}

int p10_encode_meta(const struct p10_meta_info *mi, struct buf *out)
{
    (void)mi; (void)out;
    return DG_EUNSUPPORTED;
}

int p10_write_file(const char *path, const struct ds *ds, const char *ts_uid, const char *source_ae)
{
    (void)path; (void)ds; (void)ts_uid; (void)source_ae;
    return DG_EUNSUPPORTED;
}

int p10_writer_open(struct p10_writer **w, const char *path, const struct p10_meta_info *mi)
{
    (void)w; (void)path; (void)mi;
    return DG_EUNSUPPORTED;
}

int p10_writer_open_fd(struct p10_writer **w, int fd, const struct p10_meta_info *mi)
{
    (void)w; (void)fd; (void)mi;
    return DG_EUNSUPPORTED;
}

int p10_writer_append(struct p10_writer *w, const void *p, size_t n)
{
    (void)w; (void)p; (void)n;
    return DG_EUNSUPPORTED;
}

int p10_writer_finish(struct p10_writer *w, int sync, uint64_t *written)
{
    (void)w; (void)sync; (void)written;
    return DG_EUNSUPPORTED;
}

void p10_writer_abort(struct p10_writer *w)
{
    (void)w;
}
