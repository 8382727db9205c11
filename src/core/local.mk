# src/core: the PACS operations every protocol shares (the ingest of an
# arriving object, reading a stored one back), below the DIMSE services and
# above archive/ and db/.
libdgate_a_SOURCES += \
	src/core/ingest.c src/core/ingest.h \
	src/core/retrieve.c src/core/retrieve.h \
	src/core/match.c src/core/match.h \
	src/core/query.c src/core/query.h \
	src/core/transcode.c src/core/transcode.h \
	src/core/recompress.c src/core/recompress.h \
	src/core/delete.c src/core/delete.h

# Rendered images (WADO): one frame to 8-bit grey or RGB, scaled, as JPEG or
# PNG.
libdgate_a_SOURCES += src/core/render.c src/core/render.h \
	src/core/render_encode.c src/core/render_encode.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_render
TESTS += tests/unit/check_render
tests_unit_check_render_SOURCES = tests/unit/check_render.c
tests_unit_check_render_CFLAGS = $(UNIT_CFLAGS) $(JPEG_CFLAGS) $(PNG_CFLAGS)
tests_unit_check_render_LDADD = $(UNIT_LDADD)
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_render
tests_fuzz_fuzz_render_SOURCES = tests/fuzz/fuzz_render.c
tests_fuzz_fuzz_render_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_render_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += \
	tests/fuzz/corpus/render/ct16_png tests/fuzz/corpus/render/mf8_frame2_jpeg_fit \
	tests/fuzz/corpus/render/jpeg_rgb_png tests/fuzz/corpus/render/palette_png

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_retrieve
TESTS += tests/unit/check_retrieve
tests_unit_check_retrieve_SOURCES = tests/unit/check_retrieve.c \
	tests/unit/storescp_harness.c tests/unit/storescp_harness.h
tests_unit_check_retrieve_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_retrieve_LDADD = $(UNIT_LDADD)
endif

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_match
TESTS += tests/unit/check_match
tests_unit_check_match_SOURCES = tests/unit/check_match.c
tests_unit_check_match_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_match_LDADD = $(UNIT_LDADD)
endif

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_query
TESTS += tests/unit/check_query
tests_unit_check_query_SOURCES = tests/unit/check_query.c
tests_unit_check_query_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_query_LDADD = $(UNIT_LDADD)
endif

# dgate --loadhl7: HL7 orders into the worklist table.
libdgate_a_SOURCES += src/core/loadhl7.c src/core/loadhl7.h

# Dropped files: dgate --addimagefile and --loadanddeletedir, and the drop
# folders' monitor thread of the server.
libdgate_a_SOURCES += src/core/import.c src/core/import.h \
	src/core/watch.c src/core/watch.h
if HAVE_CHECK
check_PROGRAMS += tests/unit/check_import
TESTS += tests/unit/check_import
tests_unit_check_import_SOURCES = tests/unit/check_import.c \
	tests/unit/db_test_config.c tests/unit/db_test_config.h
tests_unit_check_import_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_import_LDADD = $(UNIT_LDADD)
endif
core_integration_tests = tests/integration/import.sh tests/integration/cli_maintenance.sh
TESTS += $(core_integration_tests)
EXTRA_DIST += $(core_integration_tests)

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_transcode
TESTS += tests/unit/check_transcode
tests_unit_check_transcode_SOURCES = tests/unit/check_transcode.c
tests_unit_check_transcode_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_transcode_LDADD = $(UNIT_LDADD)
endif

if ENABLE_FUZZING
noinst_PROGRAMS += tests/fuzz/fuzz_transcode
tests_fuzz_fuzz_transcode_SOURCES = tests/fuzz/fuzz_transcode.c
tests_fuzz_fuzz_transcode_LDFLAGS = $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_transcode_LDADD = $(DGATE_LIBS)
endif
EXTRA_DIST += \
	tests/fuzz/corpus/transcode/native8_to_rle tests/fuzz/corpus/transcode/rgb_to_deflate \
	tests/fuzz/corpus/transcode/rle16_to_be tests/fuzz/corpus/transcode/rle_rgb_to_implicit

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_delete
TESTS += tests/unit/check_delete
tests_unit_check_delete_SOURCES = tests/unit/check_delete.c \
	tests/unit/db_test_config.c tests/unit/db_test_config.h
tests_unit_check_delete_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_delete_LDADD = $(UNIT_LDADD)
endif
