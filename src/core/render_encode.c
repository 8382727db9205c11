/* JPEG and PNG of an 8-bit image; see render_encode.h. Both libraries
 * report errors by longjmp: each encoder keeps everything that must be
 * freed after a jump outside its automatic variables (in a struct the
 * setjmp caller owns), as C requires of values changed after setjmp. */
#include "core/render_encode.h"
#include "util/error.h"

#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>

#define DEFAULT_QUALITY 90

struct jpeg_fail {
    struct jpeg_error_mgr mgr;
    jmp_buf jump;
};

static void jpeg_fail_exit(j_common_ptr cinfo)
{
    struct jpeg_fail *f = (struct jpeg_fail *)(void *)cinfo->err;
    longjmp(f->jump, 1);
}

/* libjpeg's messages are of no use to a viewer, nor in our log. */
static void jpeg_quiet(j_common_ptr cinfo)
{
    (void)cinfo;
}

struct jpeg_job {
    struct jpeg_compress_struct c;
    struct jpeg_fail fail;
    unsigned char *mem; /* jpeg_mem_dest's buffer */
    unsigned long size;
    int rc;
};

static int encode_jpeg(const struct render_image *im, int quality, struct buf *out)
{
    struct jpeg_job *j = calloc(1, sizeof *j);
    if (!j)
        return -ENOMEM;
    j->rc = DG_EPARSE;
    j->c.err = jpeg_std_error(&j->fail.mgr);
    j->fail.mgr.error_exit = jpeg_fail_exit;
    j->fail.mgr.output_message = jpeg_quiet;
    if (setjmp(j->fail.jump) == 0) {
        jpeg_create_compress(&j->c);
        jpeg_mem_dest(&j->c, &j->mem, &j->size);
        j->c.image_width = im->columns;
        j->c.image_height = im->rows;
        j->c.input_components = (int)im->samples;
        j->c.in_color_space = im->samples == 3 ? JCS_RGB : JCS_GRAYSCALE;
        jpeg_set_defaults(&j->c);
        jpeg_set_quality(&j->c, quality > 0 ? quality : DEFAULT_QUALITY, TRUE);
        jpeg_start_compress(&j->c, TRUE);
        size_t stride = (size_t)im->columns * im->samples;
        while (j->c.next_scanline < j->c.image_height) {
            JSAMPROW row = im->pixels + (size_t)j->c.next_scanline * stride;
            jpeg_write_scanlines(&j->c, &row, 1);
        }
        jpeg_finish_compress(&j->c);
        j->rc = buf_append(out, j->mem, j->size);
    }
    jpeg_destroy_compress(&j->c);
    int rc = j->rc;
    free(j->mem);
    free(j);
    return rc;
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
