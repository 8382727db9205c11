/* Recompressing one stored file in place: Conquest's `dgate -jdFILE`
 * (decompress) and `dgate -jc<code>FILE` (compress with a compression code,
 * codec/compression.h). The file is transcoded (core/transcode.h) into a
 * temporary file in its own directory, which is synced and renamed over
 * it: the file is at any moment either the old one or the new one, never
 * half-written, and an error leaves it as it was. Not the ingest's
 * IncomingCompression (that transcodes before the first rename). */
#ifndef DG_CORE_RECOMPRESS_H
#define DG_CORE_RECOMPRESS_H

#include <stddef.h>

/* Rewrite the Part-10 (or Conquest .v2) file `path` under the compression
 * code `code` ("un" for -jd: compressed pixel data becomes Explicit VR LE,
 * uncompressed Little Endian stays as it is). lossy_quality is dicom.ini's
 * LossyQuality, uid_prefix its UIDPrefix (a lossy result is a new SOP
 * Instance). *changed is 1 when the file was rewritten, 0 when it already
 * was what the code asks for. Returns 0, or an error with a sentence in
 * err saying why (an unknown code, a codec this dgate lacks, a file that
 * is not DICOM, pixel data the codec refuses, a write that failed). */
int recompress_file(const char *path, const char *code, int lossy_quality, const char *uid_prefix,
                    int *changed, char *err, size_t errlen);

#endif
