# src/web: the HTTP side (DICOMweb, the web interface).

# STOW-RS bodies: the multipart parser (pure, fuzzed).
libdgate_a_SOURCES += src/web/multipart.c src/web/multipart.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_multipart
TESTS += tests/unit/check_multipart
tests_unit_check_multipart_SOURCES = tests/unit/check_multipart.c
tests_unit_check_multipart_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_multipart_LDADD = $(UNIT_LDADD)
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_multipart
tests_fuzz_fuzz_multipart_SOURCES = tests/fuzz/fuzz_multipart.c
tests_fuzz_fuzz_multipart_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_multipart_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += tests/fuzz/corpus/multipart/related tests/fuzz/corpus/multipart/formdata \
	tests/fuzz/corpus/multipart/quoted_truncated
