# src/codec: the pixel codecs, one frame at a time between native samples
# and one compressed transfer syntax (codec.h). Each codec's engineer adds
# its file to this list and its library's flags below it.
libdgate_a_SOURCES += \
	src/codec/codec.c src/codec/codec.h src/codec/codec_impl.h \
	src/codec/rle.c \
	src/codec/sample.c src/codec/jpegls.c src/codec/j2k.c src/codec/htj2k.c \
	src/codec/jpeg.c src/codec/jpeg_ijg.h \
	src/codec/jpeg_turbo.c src/codec/jpeg_gdcm8.c src/codec/jpeg_gdcm12.c src/codec/jpeg_gdcm16.c \
	src/codec/compression.c src/codec/compression.h
EXTRA_DIST += src/codec/jpeg_ijg.inc
# JPEG-LS through CharLS, JPEG 2000 and HTJ2K through OpenJPEG, HTJ2K
# encoding through Grok.
libdgate_a_CFLAGS += $(CHARLS_CFLAGS) $(OPENJP2_CFLAGS) $(GROK_CFLAGS)
DGATE_LIBS += $(CHARLS_LIBS) $(OPENJP2_LIBS) $(GROK_LIBS)

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_codec
TESTS += tests/unit/check_codec
tests_unit_check_codec_SOURCES = tests/unit/check_codec.c
tests_unit_check_codec_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_codec_LDADD = $(UNIT_LDADD)
endif

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_codec_jpeg
TESTS += tests/unit/check_codec_jpeg
tests_unit_check_codec_jpeg_SOURCES = tests/unit/check_codec_jpeg.c
tests_unit_check_codec_jpeg_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_codec_jpeg_LDADD = $(UNIT_LDADD) -lm
endif

# Every codec's decoder, fuzzed through the table (a codec added to it is
# fuzzed too; add a seed of its own to the corpus).
if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_codec
tests_fuzz_fuzz_codec_SOURCES = tests/fuzz/fuzz_codec.c
tests_fuzz_fuzz_codec_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_codec_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += tests/fuzz/corpus/codec/rle16 tests/fuzz/corpus/codec/rle_rgb
EXTRA_DIST += tests/fuzz/corpus/codec/jpeg_baseline_mono8 tests/fuzz/corpus/codec/jpeg_baseline_rgb \
	tests/fuzz/corpus/codec/jpeg_extended12 tests/fuzz/corpus/codec/jpeg_lossless_sv6 \
	tests/fuzz/corpus/codec/jpeg_sv1_mono16 tests/fuzz/corpus/codec/jpeg_sv1_rgb8 \
	tests/fuzz/corpus/codec/jpeg_lossless12_ybr_overflow
EXTRA_DIST += tests/fuzz/corpus/codec/jpegls_mono12 tests/fuzz/corpus/codec/jpegls_rgb \
	tests/fuzz/corpus/codec/jpegls_near tests/fuzz/corpus/codec/j2k_signed16 \
	tests/fuzz/corpus/codec/j2k_rgb tests/fuzz/corpus/codec/j2k_lossy \
	tests/fuzz/corpus/codec/htj2k_mono12

# JPEG-LS and JPEG 2000: round trips and hostile streams (Check), and
# against dcmtk, GDCM, OpenJPEG's and OpenJPH's tools through codec_frame
# (one frame through a codec) and the files codec_files.py makes.
if HAVE_CHECK
check_PROGRAMS += tests/unit/check_codec_jls_j2k
TESTS += tests/unit/check_codec_jls_j2k
tests_unit_check_codec_jls_j2k_SOURCES = tests/unit/check_codec_jls_j2k.c
tests_unit_check_codec_jls_j2k_CFLAGS = $(UNIT_CFLAGS) $(CHARLS_CFLAGS)
tests_unit_check_codec_jls_j2k_LDADD = $(UNIT_LDADD) -lm
endif
check_PROGRAMS += tests/tools/codec_frame
tests_tools_codec_frame_SOURCES = tests/tools/codec_frame.c
tests_tools_codec_frame_LDADD = $(DGATE_LIBS)
TESTS += tests/integration/codec_jls_j2k.sh tests/integration/codec_conquest_samples.sh \
	tests/integration/codec_multiframe.sh tests/integration/codec_palette.sh
EXTRA_DIST += tests/integration/codec_jls_j2k.sh tests/integration/codec_conquest_samples.sh \
	tests/integration/codec_multiframe.sh tests/integration/codec_palette.sh \
	tests/integration/codec_lib.sh tests/integration/codec_files.py
