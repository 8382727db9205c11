libdgate_a_SOURCES += \
	src/util/error.c src/util/error.h \
	src/util/log.c src/util/log.h \
	src/util/buf.c src/util/buf.h \
	src/util/str.c src/util/str.h \
	src/util/file.c src/util/file.h \
	src/util/base64.c src/util/base64.h \
	src/util/dynlib.c src/util/dynlib.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_log
tests_unit_check_log_SOURCES = tests/unit/check_log.c
tests_unit_check_log_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_log_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_log
check_PROGRAMS += tests/unit/check_dynlib
tests_unit_check_dynlib_SOURCES = tests/unit/check_dynlib.c
tests_unit_check_dynlib_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_dynlib_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/check_dynlib
endif

# Which libraries a running dgate maps (src/util/dynlib.h).
TESTS += tests/integration/lazy_libraries.sh
EXTRA_DIST += tests/integration/lazy_libraries.sh
