# src/codec: the pixel codecs, one frame at a time between native samples
# and one compressed transfer syntax (codec.h). Each codec's engineer adds
# its file to this list and its library's flags below it.
libdgate_a_SOURCES += \
	src/codec/codec.c src/codec/codec.h src/codec/codec_impl.h \
	src/codec/rle.c \
	src/codec/compression.c src/codec/compression.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_codec
TESTS += tests/unit/check_codec
tests_unit_check_codec_SOURCES = tests/unit/check_codec.c
tests_unit_check_codec_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_codec_LDADD = $(UNIT_LDADD)
endif

libdgate_a_SOURCES += src/codec/jpeg.c src/codec/jpeg.h src/codec/jpeg_ijg.h \
	src/codec/jpeg_turbo.c src/codec/jpeg_gdcm8.c src/codec/jpeg_gdcm12.c src/codec/jpeg_gdcm16.c
EXTRA_DIST += src/codec/jpeg_ijg.inc

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_codec_jpeg
TESTS += tests/unit/check_codec_jpeg
tests_unit_check_codec_jpeg_SOURCES = tests/unit/check_codec_jpeg.c
tests_unit_check_codec_jpeg_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_codec_jpeg_LDADD = $(UNIT_LDADD) -lm
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_jpeg
tests_fuzz_fuzz_jpeg_SOURCES = tests/fuzz/fuzz_jpeg.c
tests_fuzz_fuzz_jpeg_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_jpeg_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += tests/fuzz/corpus/jpeg/baseline_mono8 tests/fuzz/corpus/jpeg/baseline_rgb \
	tests/fuzz/corpus/jpeg/extended12 tests/fuzz/corpus/jpeg/lossless_sv6 \
	tests/fuzz/corpus/jpeg/sv1_mono16 tests/fuzz/corpus/jpeg/sv1_rgb8
