# The HTTP side: DICOMweb (QIDO-RS, WADO-RS) and what it shares.
libdgate_a_SOURCES += \
	src/web/json.c src/web/json.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_json
tests_unit_check_json_SOURCES = tests/unit/check_json.c
tests_unit_check_json_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_json_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_json
endif
