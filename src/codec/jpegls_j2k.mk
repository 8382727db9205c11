# src/codec: the JPEG-LS (CharLS) and JPEG 2000 / HTJ2K (OpenJPEG) codecs,
# and the native-sample helpers they share.
libdgate_a_SOURCES += \
	src/codec/sample.c src/codec/sample.h \
	src/codec/jpegls.c src/codec/jpegls.h \
	src/codec/j2k.c src/codec/j2k.h
libdgate_a_CFLAGS += $(CHARLS_CFLAGS) $(OPENJP2_CFLAGS)
DGATE_LIBS += $(CHARLS_LIBS) $(OPENJP2_LIBS)

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_codec_jls_j2k
TESTS += tests/unit/check_codec_jls_j2k
tests_unit_check_codec_jls_j2k_SOURCES = tests/unit/check_codec_jls_j2k.c
tests_unit_check_codec_jls_j2k_CFLAGS = $(UNIT_CFLAGS) $(CHARLS_CFLAGS)
tests_unit_check_codec_jls_j2k_LDADD = $(UNIT_LDADD) -lm
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_jpegls tests/fuzz/fuzz_j2k
tests_fuzz_fuzz_jpegls_SOURCES = tests/fuzz/fuzz_codec.c
tests_fuzz_fuzz_jpegls_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_CODEC=codec_jpegls_lossless
tests_fuzz_fuzz_jpegls_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_jpegls_LDADD = $(DGATE_LIBS)
tests_fuzz_fuzz_j2k_SOURCES = tests/fuzz/fuzz_codec.c
tests_fuzz_fuzz_j2k_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_CODEC=codec_j2k_lossless
tests_fuzz_fuzz_j2k_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_j2k_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += \
	tests/fuzz/corpus/jpegls/near tests/fuzz/corpus/jpegls/shape0 tests/fuzz/corpus/jpegls/shape1 \
	tests/fuzz/corpus/jpegls/shape2 tests/fuzz/corpus/jpegls/shape3 tests/fuzz/corpus/jpegls/shape4 \
	tests/fuzz/corpus/j2k/htj2k tests/fuzz/corpus/j2k/lossy tests/fuzz/corpus/j2k/shape0 \
	tests/fuzz/corpus/j2k/shape1 tests/fuzz/corpus/j2k/shape2 tests/fuzz/corpus/j2k/shape3 \
	tests/fuzz/corpus/j2k/shape4

# One frame through a codec, for the interoperability test with dcmtk,
# GDCM, OpenJPEG's and OpenJPH's tools.
check_PROGRAMS += tests/tools/codec_frame
tests_tools_codec_frame_SOURCES = tests/tools/codec_frame.c
tests_tools_codec_frame_LDADD = $(DGATE_LIBS)
TESTS += tests/integration/codec_jls_j2k.sh tests/integration/codec_conquest_samples.sh
EXTRA_DIST += tests/integration/codec_jls_j2k.sh tests/integration/codec_conquest_samples.sh \
	tests/integration/codec_lib.sh tests/integration/codec_files.py
