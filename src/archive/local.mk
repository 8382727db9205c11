# src/archive: every MAG device, FileNameSyntax, atomic writes of stored
# files, reading them back, and the walk over them for dgate -r.
libdgate_a_SOURCES += \
	src/archive/archive.c src/archive/archive.h \
	src/archive/filename.c src/archive/filename.h \
	src/archive/mag.c src/archive/mag.h src/archive/mag_internal.h \
	src/archive/reader.c src/archive/reader.h

if HAVE_CHECK
check_PROGRAMS += tests/unit/check_archive
tests_unit_check_archive_SOURCES = tests/unit/check_archive.c
tests_unit_check_archive_CFLAGS = $(UNIT_CFLAGS)
tests_unit_check_archive_LDADD = $(UNIT_LDADD)
# fsync goes through the test's wrapper, which can make it fail (a disk error);
# renameat2 and copy_file_range through ones that can answer EINVAL and EXDEV
# as file systems without RENAME_NOREPLACE and kernels copying between two
# file systems do.
tests_unit_check_archive_LDFLAGS = -Wl,--wrap=fsync -Wl,--wrap=renameat2 \
	-Wl,--wrap=copy_file_range
TESTS += tests/unit/check_archive
endif

# dgate -r and -d over several MAG devices.
archive_integration_tests = tests/integration/db_regen_mags.sh
TESTS += $(archive_integration_tests)
EXTRA_DIST += $(archive_integration_tests)
