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
