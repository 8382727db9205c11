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
