/* GDCM's gdcmjpeg8 (libgdcm-dev): lossless JPEG of precision 8 and less, which
 * libjpeg-turbo 2.1 does not have.
 * The code is jpeg_ijg.inc's, compiled against this library's header;
 * jpeg.c decides which frames come here. */
#include "codec/jpeg_ijg.h"

#include <stdio.h>

#include <gdcm-3.0/gdcmjpeg/8/jpeglib.h>
#include <gdcm-3.0/gdcmjpeg/8/jerror.h>

#define IJG_DECODE jgdcm8_decode
#define IJG_ENCODE jgdcm8_encode
#define IJG_HAS_LOSSLESS 1
#include "codec/jpeg_ijg.inc"
