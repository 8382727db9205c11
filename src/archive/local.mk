# src/archive: MAG devices, FileNameSyntax, atomic writes of stored files.
libdgate_a_SOURCES += \
	src/archive/filename.c src/archive/filename.h \
	src/archive/mag.c src/archive/mag.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_archive
tests_unit_check_archive_SOURCES = tests/unit/check_archive.c
tests_unit_check_archive_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_archive_LDADD = $(UNIT_LDADD)
# fsync goes through the test's wrapper, which can make it fail (a disk error).
tests_unit_check_archive_LDFLAGS = -Wl,--wrap=fsync
TESTS += tests/unit/check_archive
endif
