/* JPEG and PNG of an 8-bit image; see render_encode.h. JPEG is the codec
 * table's; libpng reports errors by longjmp, so its encoder keeps
 * everything that must be freed after a jump outside its automatic
 * variables (in a struct the setjmp caller owns), as C requires of values
 * changed after setjmp. */
#include "core/render_encode.h"
#include "codec/codec.h"
#include "dicom/ts.h"
#include "util/str.h"
#include "util/error.h"

#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <png.h>

#define DEFAULT_QUALITY 90

/* JPEG through the codec table's baseline encoder (libjpeg-turbo): it
 * writes into out's cap as it goes, RGB as YCbCr, as every browser reads. */
static int encode_jpeg(const struct render_image *im, int quality, struct buf *out)
{
    const struct codec *jpeg = codec_find(TS_JPEG_BASELINE);
    struct codec_image native = {im->rows, im->columns, 1, (uint16_t)im->samples, 8, 8, 7,
                                 0,        0,           ""},
                       coded;
    struct codec_options opt = {quality > 0 ? quality : DEFAULT_QUALITY, 0};

    if (!jpeg)
        return DG_EUNSUPPORTED;
    str_copy(native.photometric, im->samples == 3 ? "RGB" : "MONOCHROME2",
             sizeof native.photometric);
    return jpeg->encode(&native, im->pixels, (size_t)im->rows * im->columns * im->samples, &opt,
                        &coded, out);
}

struct png_job {
    png_structp png;
    png_infop info;
    struct buf *out;
    int write_rc; /* the writer's error, which longjmps through png_error */
    int rc;
};

static void png_write_buf(png_structp png, png_bytep p, size_t n)
{
    struct png_job *j = png_get_io_ptr(png);
    j->write_rc = buf_append(j->out, p, n);
    if (j->write_rc != 0)
        png_error(png, "write");
}

static void png_flush_none(png_structp png)
{
    (void)png;
}

static void png_quiet(png_structp png, png_const_charp msg)
{
    (void)msg;
    png_longjmp(png, 1);
}

static void png_warning_quiet(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;
}

static int encode_png(const struct render_image *im, struct buf *out)
{
    struct png_job *j = calloc(1, sizeof *j);
    if (!j)
        return -ENOMEM;
    j->rc = -ENOMEM;
    j->out = out;
    j->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, png_quiet, png_warning_quiet);
    if (j->png)
        j->info = png_create_info_struct(j->png);
    if (j->info && setjmp(png_jmpbuf(j->png)) == 0) {
        png_set_write_fn(j->png, j, png_write_buf, png_flush_none);
        png_set_IHDR(j->png, j->info, im->columns, im->rows, 8,
                     im->samples == 3 ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_GRAY,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_write_info(j->png, j->info);
        size_t stride = (size_t)im->columns * im->samples;
        for (uint32_t y = 0; y < im->rows; y++)
            png_write_row(j->png, im->pixels + y * stride);
        png_write_end(j->png, NULL);
        j->rc = 0;
    } else if (j->info) {
        j->rc = j->write_rc != 0 ? j->write_rc : DG_EPARSE;
    }
    png_destroy_write_struct(&j->png, &j->info);
    int rc = j->rc;
    free(j);
    return rc;
}

int render_encode(const struct render_image *im, enum render_format format, int quality,
                  struct buf *out)
{
    return format == RENDER_PNG ? encode_png(im, out) : encode_jpeg(im, quality, out);
}
