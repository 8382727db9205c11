/* libjpeg-turbo (libjpeg62-turbo-dev): 8-bit lossy JPEG, baseline and extended,
 * the fastest of the four.
 * The code is jpeg_ijg.inc's, compiled against this library's header;
 * jpeg.c decides which frames come here. */
#include "codec/jpeg_ijg.h"

#include <stdio.h>

#include <jpeglib.h>
#include <jerror.h>

#define IJG_DECODE jturbo_decode
#define IJG_ENCODE jturbo_encode
#define IJG_HAS_LOSSLESS 0
#include "codec/jpeg_ijg.inc"
