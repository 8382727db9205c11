/* GDCM's gdcmjpeg12 (libgdcm-dev): 12-bit lossy JPEG (extended) and lossless
 * JPEG of precision 9 to 12.
 * The code is jpeg_ijg.inc's, compiled against this library's header;
 * jpeg.c decides which frames come here. */
#include "codec/jpeg_ijg.h"

#include <stdio.h>

#include <gdcm-3.0/gdcmjpeg/12/jpeglib.h>
#include <gdcm-3.0/gdcmjpeg/12/jerror.h>

#define IJG_DECODE jgdcm12_decode
#define IJG_ENCODE jgdcm12_encode
#define IJG_HAS_LOSSLESS 1
#include "codec/jpeg_ijg.inc"
