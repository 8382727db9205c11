/* GDCM's gdcmjpeg16 (libgdcm-dev): lossless JPEG of precision 13 to 16.
 * The code is jpeg_ijg.inc's, compiled against this library's header;
 * jpeg.c decides which frames come here. */
#include "codec/jpeg_ijg.h"

#include <stdio.h>

#include <gdcm-3.0/gdcmjpeg/16/jpeglib.h>
#include <gdcm-3.0/gdcmjpeg/16/jerror.h>

#define IJG_DECODE jgdcm16_decode
#define IJG_ENCODE jgdcm16_encode
#define IJG_HAS_LOSSLESS 1
#include "codec/jpeg_ijg.inc"
